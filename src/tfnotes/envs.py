"""Build the two Python worlds once per lock, shared by every checkout.

* ``tf24``: Python 3.8 with ``tensorflow-cpu==2.4.4`` (TF 2.4 supports
  Python 3.6-3.8 only); runs the snippets as readers of TF 2.4 would.
* ``tools``: Python >= 3.11 with mkdocs, mkdocs-material, pymdown-extensions,
  mkdocstrings, Playwright and the newest TensorFlow (Keras 3).

Each world is a virtual environment that uv (``tfnotes.uv``, pinned and
installed by pip with its hash checked) makes with the interpreter
``tfnotes.pythons`` found and installs from a lock in ``requirements/``:
every package pinned with its hashes (``uv pip compile
--generate-hashes``; ``lock`` re-makes one, as ``./tfn lock`` does),
installed with hashes required. As nox, tox and uv do, it lives in a
cache outside the checkout, keyed by the sha256 of the lock and the base
Python's exact version (``~/.cache/tfnotes/worlds/<name>-<key>``; ``TFNOTES_CACHE``
replaces ``~/.cache/tfnotes``), and ``.venvs/<name>`` is a link to it: a
second clone or worktree with the same locks reuses it in seconds.

A venv cannot be moved once built (its scripts name its interpreter by
absolute path), so a world is built in a directory of its own next to the
cache entry and published by atomically renaming a link onto the entry;
a file lock makes a second ``./tfn`` wait and reuse rather than build the
same world again. The world names no checkout: the CLI gives every
command ``PYTHONPATH=<checkout>/src``, and a small ``.pth`` puts the src/
of the checkout around the current directory on the path for commands
typed by hand. With ``CI=true`` every ``./tfn`` builds from scratch (the
``./tfn`` it starts, such as the suite's ``./tfn serve``, reuse that), so
the install path stays tested. Standard library only.
"""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional, Tuple

from tfnotes import pythons, uv

ROOT = Path(__file__).resolve().parents[2]
VENVS = ROOT / ".venvs"
STAMP = ".tfnotes-stamp"
# Worlds a ./tfn of this CI run already built from scratch; its children
# (`./tfn serve` started by a test of the suite) inherit it and reuse them.
FRESH = "TFNOTES_FRESH_WORLDS"
# Bumped when what a world holds besides its lock changes (the .pth below),
# so that worlds built by an older tfnotes are not reused.
LAYOUT = "2"  # 2: made by uv (no pip inside), bytecode compiled

# Written into each world's site-packages as _tfnotes_checkout.py, loaded
# by _tfnotes_checkout.pth at interpreter start.
CHECKOUT_FINDER = '''\
"""Put the src/ of the tfnotes checkout around the current directory on
sys.path (written by ./tfn). This world is shared by every checkout with
the same lock, so it names none: `.venvs/tf24/bin/python -m pytest` typed
in a checkout imports that checkout's tfnotes. PYTHONPATH, which ./tfn
sets, comes first."""

import os
import sys


def _checkout_src():
    try:
        here = os.getcwd()
    except OSError:
        return None
    while True:
        src = os.path.join(here, "src")
        if os.path.isfile(os.path.join(src, "tfnotes", "__init__.py")) and (
            os.path.isfile(os.path.join(here, "pyproject.toml"))
        ):
            return src
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


_src = _checkout_src()
if _src and _src not in sys.path:
    sys.path.append(_src)
'''


@dataclass(frozen=True)
class World:
    """One virtual environment: its name, interpreter rule and lock file."""

    name: str
    lock: str
    exact: Optional[Tuple[int, int]] = None
    at_least: Optional[Tuple[int, int]] = None

    @property
    def venv(self) -> Path:
        """``.venvs/<name>``: a link to the world in the cache."""
        return VENVS / self.name

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def bin(self, tool: str) -> str:
        return str(self.venv / "bin" / tool)


TF24 = World("tf24", "requirements/tf24.txt", exact=(3, 8))
TOOLS = World("tools", "requirements/tools.txt", at_least=(3, 11))
WORLDS = (TF24, TOOLS)
# Not a world, but locked the same way: the uv that builds them.
UV = World("uv", uv.LOCK, at_least=(3, 8))
LOCKED = WORLDS + (UV,)


def _say(msg: str) -> None:
    print("tfn: " + msg, file=sys.stderr, flush=True)


def cache_dir() -> Path:
    """Where worlds are kept: ``$TFNOTES_CACHE/worlds``, by default
    ``~/.cache/tfnotes/worlds``."""
    base = os.environ.get("TFNOTES_CACHE") or os.path.join(
        os.path.expanduser("~"), ".cache", "tfnotes"
    )
    return Path(base) / "worlds"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def _must_build_fresh(world: World) -> bool:
    """With CI=true, once per CI run (not again in a nested ./tfn)."""
    return in_ci() and world.name not in os.environ.get(FRESH, "").split(",")


def _requirements(world: World) -> Path:
    """The direct requirements (``*.in``) that the lock was made from."""
    return (ROOT / world.lock).with_suffix(".in")


def requirements_hash(world: World) -> str:
    """Hash of the requirement lines of ``*.in`` (comments do not count)."""
    lines = [
        line.split("#")[0].strip()
        for line in _requirements(world).read_text().splitlines()
    ]
    return hashlib.sha256("\n".join(line for line in lines if line).encode()).hexdigest()


def lock_header(world: World) -> str:
    """The first lines of a lock: which ``*.in`` (by hash) it was made
    from, so that a changed ``*.in`` is seen and re-locked."""
    return ("# locked from %s sha256:%s\n# by uv pip compile --generate-hashes: ./tfn lock "
            "re-locks (keeping versions; --upgrade for the newest)\n"
            % (_requirements(world).name, requirements_hash(world)))


def lock(world: World, upgrade: bool = False, base: Optional[str] = None) -> None:
    """Re-write ``world``'s lock from its ``*.in`` for the interpreter it is
    made from, keeping every version the lock pins (newest ones with
    ``upgrade``); each pin carries the hashes of its files on the index."""
    base = base or pythons.find_python(exact=world.exact, at_least=world.at_least)
    binary = uv.binary(ROOT, cache_dir(), base)
    path = ROOT / world.lock
    body = uv.compile_lock(binary, ROOT, str(_requirements(world).relative_to(ROOT)),
                           world.lock, base, upgrade=upgrade)
    path.write_text(lock_header(world) + body, encoding="utf-8")


def lock_sha256(world: World) -> str:
    return hashlib.sha256((ROOT / world.lock).read_bytes()).hexdigest()


def cache_key(lock_digest: str, python_version: str) -> str:
    """The cache key of a world: its lock's sha256 and the exact version
    of the Python it is made from (a venv is bound to its interpreter)."""
    text = "lock sha256:%s\npython %s\nlayout %s\n" % (lock_digest, python_version, LAYOUT)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def cache_entry(world: World, key: str) -> Path:
    return cache_dir() / ("%s-%s" % (world.name, key))


def read_stamp(venv: Path) -> Optional[dict]:
    """What a finished build recorded (written last), or None."""
    try:
        stamp = json.loads((venv / STAMP).read_text())
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def _complete(venv: Path, lock_digest: str) -> bool:
    stamp = read_stamp(venv)
    return bool(
        stamp
        and stamp.get("lock_sha256") == lock_digest
        and stamp.get("layout") == LAYOUT
        and (venv / "bin" / "python").exists()
    )


def _short(digest: str) -> str:
    return "sha256:%s…" % digest[:12]


def ensure(world: World) -> World:
    """Make ``.venvs/<name>`` a link to a complete world for the current
    lock: a no-op when it already is, a link to the cache when another
    checkout built it, else a build (saying why).

    When ``*.in`` changed since the lock was made (say, the newest
    TensorFlow's pin was bumped), the lock is first re-made from it (as
    ``./tfn lock`` does: the other pins kept): upgrading is a one-line
    change, and the suite then checks the new version (stale outputs and
    defaults fail)."""
    relock = not (ROOT / world.lock).read_text().startswith(lock_header(world))
    digest = lock_sha256(world)
    fresh = _must_build_fresh(world)
    if not relock and not fresh and world.venv.is_symlink() and _complete(world.venv, digest):
        return world
    base = pythons.find_python(exact=world.exact, at_least=world.at_least)
    version = pythons.full_version(base)
    with _build_lock(world):
        if relock:
            _say("%s changed since %s was made: re-locking it (the other pins kept); commit it"
                 % (_requirements(world).name, world.lock))
            lock(world, base=base)
            digest = lock_sha256(world)
        entry = cache_entry(world, cache_key(digest, version))
        if fresh:
            why = "CI=true: building from scratch, no cached world reused, so the install path stays tested"
        elif _complete(entry, digest):
            _link(world, entry)
            _say("reusing the cached %s world %s (%s %s, Python %s)"
                 % (world.name, entry, world.lock, _short(digest), version))
            return world
        else:
            why = _why_build(world, entry, digest, version)
        _say("building the %s world: %s" % (world.name, why))
        _remove_dead_builds(world)
        built = _build(world, base, version)
        _publish(built, entry)
        _link(world, entry)
    if in_ci():
        os.environ[FRESH] = ",".join(n for n in (os.environ.get(FRESH, ""), world.name) if n)
    return world


def _why_build(world: World, entry: Path, digest: str, version: str) -> str:
    """Why the world for this lock must be built, in words."""
    if entry.is_symlink() or entry.exists():
        return "cached world %s incomplete (no stamp)" % entry
    had = read_stamp(world.venv) if world.venv.exists() else None
    if had and had.get("lock_sha256") not in (None, digest):
        return "lock changed: %s is %s, the world was made from %s" % (
            world.lock, _short(digest), _short(had["lock_sha256"]))
    if world.venv.is_dir() and not world.venv.is_symlink():
        return ("no cached world for %s %s on Python %s (%s was built inside "
                "this checkout by an older tfnotes; it is replaced by a link "
                "to the shared cache %s)" % (world.lock, _short(digest), version, world.venv, cache_dir()))
    return "no cached world for %s %s on Python %s" % (world.lock, _short(digest), version)


@contextmanager
def _build_lock(world: World) -> Iterator[None]:
    """Only one ``./tfn`` builds a world at a time; the others wait, then
    find it built."""
    cache = cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    with open(str(cache / (".%s.lock" % world.name)), "w") as handle:
        try:
            import fcntl
        except ImportError:  # not POSIX: the atomic rename still protects
            yield
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            _say("waiting for another ./tfn that is building the %s world" % world.name)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove_dead_builds(world: World) -> None:
    """Builds of this world that never wrote their stamp: killed half-way,
    since a running one would hold the build lock."""
    for path in cache_dir().glob("%s-build-*" % world.name):
        if path.is_dir() and not (path / STAMP).exists():
            shutil.rmtree(str(path), ignore_errors=True)


def _build(world: World, base: str, version: str) -> Path:
    """A new world in a fresh directory of the cache; its stamp last."""
    venv = Path(tempfile.mkdtemp(prefix="%s-build-" % world.name, dir=str(cache_dir())))
    venv.chmod(0o755)  # mkdtemp's 0700 would hide the world from a shared cache
    python = str(venv / "bin" / "python")
    try:
        binary = uv.binary(ROOT, cache_dir(), base)
        _say("  uv venv --python %s %s, then uv pip install --require-hashes -r %s (one-time)"
             % (base, venv, world.lock))
        uv.create_venv(binary, base, venv)
        uv.install(binary, venv, [ROOT / world.lock])
        site = subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
        Path(site, "_tfnotes_checkout.py").write_text(CHECKOUT_FINDER)
        Path(site, "_tfnotes_checkout.pth").write_text("import _tfnotes_checkout\n")
        stamp = {
            "lock": world.lock,
            "lock_sha256": lock_sha256(world),
            "python": base,
            "python_version": version,
            "layout": LAYOUT,
        }
        (venv / STAMP).write_text(json.dumps(stamp, indent=1) + "\n")
    except BaseException:
        shutil.rmtree(str(venv), ignore_errors=True)
        raise
    return venv


def _replace_with_link(link: Path, target: str) -> None:
    """Point ``link`` at ``target`` in one rename: readers see the old
    target or the new one, never none."""
    tmp = link.with_name(".%s.%d.link" % (link.name, os.getpid()))
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(target, str(tmp))
    os.replace(str(tmp), str(link))


def _publish(built: Path, entry: Path) -> None:
    """Make the cache entry point at the new build; drop what it replaced."""
    old = Path(os.path.realpath(str(entry))) if entry.is_symlink() else None
    if entry.exists() and not entry.is_symlink():
        shutil.rmtree(str(entry))  # a directory left by hand or a crash
    _replace_with_link(entry, built.name)
    if old is not None and old != built and old.parent == built.parent:
        shutil.rmtree(str(old), ignore_errors=True)


def _link(world: World, entry: Path) -> None:
    """``.venvs/<name>`` -> the cache entry. A world an older tfnotes built
    inside the checkout is moved aside first and removed once the link is
    in place, so the path always holds a working world."""
    VENVS.mkdir(parents=True, exist_ok=True)
    if world.venv.is_symlink() and os.readlink(str(world.venv)) == str(entry):
        return
    aside = None
    if world.venv.is_dir() and not world.venv.is_symlink():
        aside = VENVS / (".%s-old-%d" % (world.name, os.getpid()))
        os.rename(str(world.venv), str(aside))
    _replace_with_link(world.venv, str(entry))
    if aside is not None:
        shutil.rmtree(str(aside), ignore_errors=True)
