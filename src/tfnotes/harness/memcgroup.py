"""A memory cgroup per snippet worker: one cap on the worker and every
process it starts, together.

``RLIMIT_DATA`` (:mod:`tfnotes.harness.sandbox`) caps each process, so
a snippet that forks several big children can exceed it in total and
push the machine to the OOM killer. The cgroup made here, a child of
the process's own memory cgroup (so whatever limits the session already
has still apply), is the backstop: its limit sits a little above the
per-process cap, and when the kernel kills a process in it, the
supervisor reads the ``oom_kill`` counter and names the snippet.

cgroup v1 (a ``memory`` hierarchy, writable when root) and v2 (a
delegated cgroup whose ``memory`` controller is on in its
``cgroup.subtree_control``) are both handled. Where neither can be
made, :func:`unavailable` says in one line what is missing, and the
per-process cap alone applies.
"""

import functools
import itertools
import os
import signal
import time
from pathlib import Path
from typing import Dict, Optional, Tuple

# The backstop's margin over the per-process cap: the worker's own
# memory shared by its children, and page cache the kernel charges.
MARGIN_GIB = 0.5
_names = itertools.count()


def _own_paths() -> Dict[str, str]:
    """The process's cgroup path per hierarchy ('memory' for v1's, ''
    for v2's unified one)."""
    found = {}
    with open("/proc/self/cgroup") as listing:
        for line in listing:
            _, controllers, path = line.rstrip("\n").split(":", 2)
            for name in controllers.split(",") if controllers else [""]:
                found[name] = path
    return found


def _mounts() -> Dict[str, str]:
    """Mount point of v1's memory hierarchy ('memory') and of cgroup2
    ('')."""
    found = {}
    with open("/proc/self/mountinfo") as listing:
        for line in listing:
            fields = line.split()
            tail = fields[fields.index("-") + 1 :]
            kind, options = tail[0], tail[-1].split(",")
            if kind == "cgroup2":
                found.setdefault("", fields[4])
            elif kind == "cgroup" and "memory" in options:
                found.setdefault("memory", fields[4])
    return found


def _write(path: Path, text: str) -> None:
    with open(str(path), "w") as handle:
        handle.write(text)


class WorkerCgroup:
    """One worker's memory cgroup, made with its limit set."""

    def __init__(self, parent: Path, version: int, limit: int):
        self.version = version
        self.path = parent / (
            "tfnotes-%d-%d" % (os.getpid(), next(_names))
        )
        self.path.mkdir()
        try:
            if version == 1:
                _write(self.path / "memory.limit_in_bytes", str(limit))
                # Swap would let the together-total grow past the limit.
                swap = self.path / "memory.memsw.limit_in_bytes"
                if swap.exists():
                    _write(swap, str(limit))
            else:
                _write(self.path / "memory.max", str(limit))
                swap = self.path / "memory.swap.max"
                if swap.exists():
                    _write(swap, "0")
        except OSError:
            self.remove()
            raise

    def enter(self) -> None:
        """Move the calling process in (the worker's ``preexec_fn``, so
        everything it starts is inside from its first instruction)."""
        _write(self.path / "cgroup.procs", str(os.getpid()))

    def oom_kills(self) -> int:
        """How many processes the kernel killed in it for memory."""
        name = (
            "memory.oom_control"
            if self.version == 1
            else "memory.events"
        )
        try:
            with open(str(self.path / name)) as counters:
                for line in counters:
                    key, _, value = line.partition(" ")
                    if key == "oom_kill":
                        return int(value)
        except OSError:
            pass
        return 0

    def remove(self) -> None:
        """Kill whatever is still inside, then remove it."""
        deadline = time.monotonic() + 5
        while True:
            try:
                pids = (self.path / "cgroup.procs").read_text().split()
            except OSError:
                pids = []
            for pid in pids:
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except OSError:
                    pass
            try:
                self.path.rmdir()
                return
            except FileNotFoundError:
                return
            except OSError:
                if time.monotonic() > deadline:
                    return  # the kernel frees it once its zombies go
                time.sleep(0.05)


def _parent() -> Tuple[Path, int]:
    """Where worker cgroups are made and the cgroup version; raises
    OSError saying what is missing."""
    own, mounts = _own_paths(), _mounts()
    if "memory" in own and "memory" in mounts:
        parent = Path(mounts["memory"] + own["memory"])
        if not os.access(str(parent), os.W_OK):
            raise OSError(
                "cgroup v1's memory hierarchy (%s) is not writable: run as "
                "root" % parent
            )
        return parent, 1
    if "" in own and "" in mounts:
        parent = Path(mounts[""] + own[""])
        enabled = parent / "cgroup.subtree_control"
        if "memory" not in enabled.read_text().split():
            try:
                _write(enabled, "+memory")
            except OSError as refused:
                raise OSError(
                    "cgroup v2's memory controller is not delegated to %s "
                    "(%s): run under 'systemd-run --user --scope -p "
                    "Delegate=yes' or as root"
                    % (parent, refused.strerror)
                ) from None
        return parent, 2
    raise OSError(
        "no cgroup memory controller is mounted: mount cgroup2 (or v1's "
        "memory hierarchy) at /sys/fs/cgroup"
    )


@functools.lru_cache(maxsize=None)
def unavailable() -> str:
    """'' when worker cgroups can be made here, else one line saying
    which mechanism is missing and how to enable it."""
    try:
        parent, version = _parent()
        WorkerCgroup(parent, version, 1 << 30).remove()
    except OSError as missing:
        text = (
            str(missing)
            if missing.args[1:] == ()
            else ("cannot make a memory cgroup (%s)" % missing.strerror)
        )
        return (
            "tfnotes: no memory cap per worker (the worker and its children "
            "together), only per process: %s" % text
        )
    return ""


def for_worker(limit: int) -> Optional[WorkerCgroup]:
    """A new worker cgroup capped at ``limit`` bytes, or None where
    :func:`unavailable` says why not."""
    if unavailable():
        return None
    try:
        parent, version = _parent()
        return WorkerCgroup(parent, version, limit)
    except OSError:  # it worked for the probe: the machine ran short
        return None
