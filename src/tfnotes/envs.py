"""Build the two Python worlds, idempotently.

* ``tf24``: Python 3.8 with ``tensorflow-cpu==2.4.4`` (TF 2.4 supports
  Python 3.6-3.8 only); runs the snippets as readers of TF 2.4 would.
* ``tools``: Python >= 3.11 with mkdocs, mkdocs-material, pymdown-extensions,
  mkdocstrings, Playwright and the newest TensorFlow (Keras 3).

Each world is a virtual environment under ``.venvs/`` installed from a fully
pinned lock file in ``requirements/``. A stamp file records the hash of what
was installed, so a second run with nothing changed does no work.
Standard library only.
"""

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Tuple

from tfnotes.pythons import find_python

ROOT = Path(__file__).resolve().parents[2]
VENVS = ROOT / ".venvs"


@dataclass(frozen=True)
class World:
    """One virtual environment: its name, interpreter rule and lock file."""

    name: str
    lock: str
    exact: Optional[Tuple[int, int]] = None
    at_least: Optional[Tuple[int, int]] = None

    @property
    def venv(self) -> Path:
        return VENVS / self.name

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def bin(self, tool: str) -> str:
        return str(self.venv / "bin" / tool)


TF24 = World("tf24", "requirements/tf24.txt", exact=(3, 8))
TOOLS = World("tools", "requirements/tools.txt", at_least=(3, 11))
WORLDS = (TF24, TOOLS)


def _stamp(world: World) -> str:
    digest = hashlib.sha256((ROOT / world.lock).read_bytes())
    digest.update(str(ROOT / "src").encode())
    return digest.hexdigest()


def _say(msg: str) -> None:
    print("tfn: " + msg, file=sys.stderr, flush=True)


def _requirements(world: World) -> Path:
    """The direct requirements (``*.in``) that the lock was made from."""
    return (ROOT / world.lock).with_suffix(".in")


def requirements_hash(world: World) -> str:
    """Hash of the requirement lines of ``*.in`` (comments do not count)."""
    lines = [
        line.split("#")[0].strip()
        for line in _requirements(world).read_text().splitlines()
    ]
    return hashlib.sha256("\n".join(l for l in lines if l).encode()).hexdigest()


def _lock_header(world: World) -> str:
    return "# locked from %s sha256:%s\n" % (_requirements(world).name, requirements_hash(world))


def ensure(world: World) -> World:
    """Create or update ``world``'s venv; a no-op when the stamp matches.

    When ``*.in`` changed since the lock was made (say, the newest
    TensorFlow's pin was bumped), the world is built from ``*.in`` and the
    lock rewritten from it: upgrading is a one-line change, and the suite
    then checks the new version (stale outputs and defaults fail)."""
    lock = ROOT / world.lock
    relock = not lock.read_text().startswith(_lock_header(world))
    stamp_file = world.venv / ".tfnotes-stamp"
    if not relock and world.python.exists() and stamp_file.exists():
        if stamp_file.read_text() == _stamp(world):
            return world
    base = find_python(exact=world.exact, at_least=world.at_least)
    if world.venv.exists():
        shutil.rmtree(str(world.venv))
    _say("building the %s world with %s (one-time)" % (world.name, base))
    subprocess.run([base, "-m", "venv", str(world.venv)], check=True)
    subprocess.run(
        [str(world.python), "-m", "pip", "install", "--quiet",
         "--disable-pip-version-check", "-r",
         str(_requirements(world) if relock else lock)],
        check=True,
    )
    if relock:
        frozen = subprocess.run(
            [str(world.python), "-m", "pip", "freeze", "--disable-pip-version-check"],
            check=True, capture_output=True, text=True,
        ).stdout
        lock.write_text(_lock_header(world) + frozen)
        _say("%s changed: wrote a new %s; commit it" % (_requirements(world).name, world.lock))
    # The project's own package is put on the path rather than installed:
    # there is nothing to build, and edits take effect at once.
    site = subprocess.run(
        [str(world.python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    Path(site, "tfnotes.pth").write_text(str(ROOT / "src") + "\n")
    stamp_file.write_text(_stamp(world))
    return world


def ensure_chromium() -> str:
    """Return Debian's Chromium, installing it with apt when root."""
    exe = os.environ.get("TFNOTES_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if os.path.exists(exe):
        return exe
    if os.geteuid() == 0 and shutil.which("apt-get"):
        _say("installing Debian's chromium for the browser tests (one-time)")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env
        )
        return "/usr/bin/chromium"
    raise RuntimeError(
        "Chromium not found: the browser tests need Debian's chromium "
        "(sudo apt-get install chromium), then run this command again."
    )
