"""The operating-system sandbox every snippet worker runs in.

A snippet is code from a contributor, so the worker runs inside
bubblewrap (Debian's ``bubblewrap``), which the kernel enforces:

* an empty network namespace (``--unshare-net``): no library call, raw
  socket or subprocess reaches any address, 127.0.0.1 included;
* a read-only view of the whole machine (``--ro-bind / /``) with a
  private, empty ``/tmp`` (``--tmpfs``): each snippet's working directory
  is made there, and nothing written outlives the worker;
* its own PID namespace (``--unshare-pid``, ``--die-with-parent``): the
  worker sees every process a snippet started, double-forked daemons
  included, and killing the worker ends them all;
* no capabilities (``--cap-drop ALL``), so even as root a snippet cannot
  remount what is read-only;
* a memory cap: ``RLIMIT_DATA`` (heap and private mappings, what an
  allocation takes) set on the worker and inherited by what it starts.
  Not ``RLIMIT_AS``: TensorFlow reserves 1.6-2.1 GB of address space it
  never uses, against about 0.4 GB of data. The processes together are
  capped by a memory cgroup where one can be made
  (:mod:`tfnotes.harness.memcgroup`, started by the supervisor).

There is no fallback: when bubblewrap is missing or the kernel refuses
its namespaces, :func:`command` raises :class:`SandboxUnavailable` with
one line saying how to enable it.
"""

import functools
import os
import resource
import shutil
import subprocess
from pathlib import Path
from typing import Callable, Iterable, List, Optional, Tuple

DEFAULT_MEMORY_CAP_GIB = 4.0
GIB = 1 << 30

USERNS_HELP = (
    "the kernel refuses unprivileged user namespaces; enable them with "
    "'sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0' "
    "(Ubuntu >= 23.10) or 'sudo sysctl -w kernel.unprivileged_userns_clone=1'"
)


class SandboxUnavailable(RuntimeError):
    """The snippet sandbox cannot start here; the message says how to
    make it start."""


def find_bwrap() -> str:
    """bubblewrap's path (``TFNOTES_BWRAP`` or ``bwrap`` on PATH)."""
    exe = os.environ.get("TFNOTES_BWRAP") or shutil.which("bwrap")
    if exe and os.access(exe, os.X_OK):
        return exe
    raise SandboxUnavailable(
        "snippets run in a bubblewrap sandbox and 'bwrap' is not installed: "
        "'sudo apt-get install bubblewrap' ('./tfn test' installs it when "
        "run as root)"
    )


def ensure_bwrap() -> Optional[str]:
    """bubblewrap's path, installing Debian's package with apt when root
    and missing; None when it cannot (the harness then says what to do)."""
    try:
        return find_bwrap()
    except SandboxUnavailable:
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            return None
    print(
        "tfn: installing Debian's bubblewrap for the snippet sandbox "
        "(one-time)",
        flush=True,
    )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "bubblewrap"],
        check=True,
        env=env,
    )
    return find_bwrap()


def memory_cap_gib(value=None) -> float:
    """The memory cap in GiB: ``value``, else ``TFNOTES_MEMORY_CAP``, else
    the default."""
    text = (
        value
        if value is not None
        else os.environ.get("TFNOTES_MEMORY_CAP")
    )
    if text in (None, ""):
        return DEFAULT_MEMORY_CAP_GIB
    try:
        cap = float(text)
    except ValueError:
        cap = 0.0
    if cap <= 0:
        raise SandboxUnavailable(
            "the snippet memory cap must be a positive number of GiB "
            "(--snippet-memory-cap / TFNOTES_MEMORY_CAP), not %r"
            % (text,)
        )
    return cap


def _isolating(
    bwrap: str, readable: Iterable[str], writable: Iterable[str] = ()
) -> List[str]:
    args = [
        bwrap,
        "--ro-bind",
        "/",
        "/",
        "--dev",
        "/dev",
        "--proc",
        "/proc",
        "--tmpfs",
        "/tmp",
    ]
    # What the worker must read that the private /tmp would hide (a
    # checkout or world under /tmp, as in the meta-tests and a clone made
    # by mktemp), bound where it is named: the name may be a link, such
    # as a checkout's .venvs/tools into the cache of worlds. A path inside
    # one already bound is visible through it.
    bound: List[str] = []
    for path in sorted({os.path.abspath(p) for p in readable}):
        inside = any(path.startswith(b + "/") for b in bound)
        if (path == "/tmp" or path.startswith("/tmp/")) and not inside:
            args += ["--ro-bind", str(Path(path).resolve()), path]
            bound.append(path)
    for path in sorted({str(Path(p).resolve()) for p in writable}):
        args += ["--bind", path, path]
    return args + [
        "--unshare-net",
        "--unshare-pid",
        "--unshare-ipc",
        "--unshare-uts",
        "--die-with-parent",
        "--new-session",
        "--cap-drop",
        "ALL",
        "--setenv",
        "TMPDIR",
        "/tmp",
    ]


@functools.lru_cache(maxsize=None)
def _check_starts(bwrap: str) -> None:
    """Start one empty sandbox, so a refusal is said once and plainly."""
    run = subprocess.run(
        _isolating(bwrap, ()) + ["true"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    if run.returncode == 0:
        return
    said = (
        run.stderr.strip().splitlines()
        or ["exit code %d" % run.returncode]
    )[-1]
    if (
        "ermission denied" in said
        or "not permitted" in said
        or "namespace" in said
    ):
        raise SandboxUnavailable(
            "the snippet sandbox cannot start (%s): %s"
            % (said, USERNS_HELP)
        )
    raise SandboxUnavailable(
        "the snippet sandbox cannot start: bwrap said %r" % said
    )


def _capping(cap_gib: float) -> Callable[[], None]:
    limit = int(cap_gib * GIB)

    def cap() -> None:  # runs in the child before bwrap starts
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))

    return cap


def command(
    argv: List[str],
    readable: Iterable[str] = (),
    cap_gib: float = DEFAULT_MEMORY_CAP_GIB,
    writable: Iterable[str] = (),
) -> Tuple[List[str], Callable[[], None]]:
    """``argv`` wrapped in the sandbox (``writable``: folders it may also
    write, e.g. where a screenshot's snippet writes its logs), and the
    ``preexec_fn`` that sets the memory cap; raises
    :class:`SandboxUnavailable`."""
    bwrap = find_bwrap()
    _check_starts(bwrap)
    # The program's own prefix (a venv: bin/..), which it reads at start.
    prefix = os.path.dirname(os.path.dirname(os.path.abspath(argv[0])))
    args = _isolating(bwrap, list(readable) + [prefix], writable) + list(argv)
    return args, _capping(cap_gib)


def seed_matplotlib_cache() -> None:
    """In the worker: give matplotlib a writable cache in the private
    /tmp, seeded with the user's font list. Without one it warns and
    rebuilds the list at every worker start (0.6 s on TF 2.4's world)."""
    if os.environ.get("MPLCONFIGDIR") or os.access(
        os.path.expanduser("~"), os.W_OK
    ):
        return
    home = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser(
        "~/.cache"
    )
    target = "/tmp/matplotlib"
    os.makedirs(target, exist_ok=True)
    for found in Path(home, "matplotlib").glob("fontlist-*.json"):
        shutil.copy(str(found), target)
    os.environ["MPLCONFIGDIR"] = target


def explain(exc: BaseException, memory_cap: float) -> str:
    """Why the sandbox made ``exc`` happen, in a sentence ('' when it
    did not)."""
    import errno
    import socket

    if isinstance(exc, subprocess.CalledProcessError):
        return (
            "a process it started failed; it ran in the same sandbox (no "
            "network, nothing writable outside the working directory and "
            "/tmp)"
        )
    if (
        isinstance(exc, MemoryError)
        or type(exc).__name__ == "ResourceExhaustedError"
    ):
        return (
            "exceeded the memory cap of %g GiB of each snippet worker "
            "(--snippet-memory-cap / TFNOTES_MEMORY_CAP)" % memory_cap
        )
    cause = getattr(exc, "reason", None)  # urllib wraps the OSError
    if isinstance(cause, BaseException):
        exc = cause
    if isinstance(exc, socket.gaierror) or (
        isinstance(exc, OSError)
        and exc.errno
        in (
            errno.ENETUNREACH,
            errno.ECONNREFUSED,
            errno.EHOSTUNREACH,
            errno.EADDRNOTAVAIL,
            errno.ENETDOWN,
        )
    ):
        return (
            "network access is disabled in the snippet sandbox (an empty "
            "network namespace): the site is built offline, so a snippet "
            "must make or ship its own data"
        )
    if isinstance(exc, OSError) and exc.errno == errno.EROFS:
        return (
            "wrote to %s, which is read-only in the snippet sandbox: only "
            "the snippet's working directory and /tmp are writable"
            % (exc.filename or "a read-only path")
        )
    return ""
