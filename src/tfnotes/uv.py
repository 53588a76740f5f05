"""uv, the installer of the two worlds: itself pinned and hash-checked,
and the three things the worlds ask of it (lock, make a venv, install).

``./tfn`` starts on the standard library only, so uv (a single binary
shipped as a wheel on PyPI) is installed once by pip into the worlds
cache, from ``requirements/uv.txt`` with ``--require-hashes``: a
substituted download fails. Then:

* ``uv pip compile --generate-hashes`` writes a world's lock from its
  ``*.in`` for the interpreter the world is made from, keeping the
  versions the lock already pins unless asked to upgrade;
* ``uv venv --python <interpreter>`` makes the venv (uv downloads no
  Python: the one ``tfnotes.pythons`` found is given);
* ``uv pip install --require-hashes`` installs the lock into it, and
  compiles the bytecode, as pip does (the CLI sets
  ``PYTHONDONTWRITEBYTECODE``, so a world without it would compile
  TensorFlow at every import).

Every call resolves from one index only, PyPI's (``TFNOTES_INDEX_URL``
replaces it): uv reads neither pip's configuration (extra indexes,
find-links) nor, with ``--no-config``, a ``uv.toml``, and the ``UV_*``
and ``PIP_*`` variables of the caller are dropped. Standard library only.
"""

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Dict, List, Optional, Sequence

DEFAULT_INDEX = "https://pypi.org/simple"
LOCK = "requirements/uv.txt"


class UvError(RuntimeError):
    """A uv or pip command failed; the message is its own error."""


def _run(cmd: List[str], what: str, cwd: Optional[Path] = None) -> None:
    done = subprocess.run(cmd, cwd=str(cwd) if cwd else None, env=clean_env(),
                          stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise UvError("%s failed (exit %d):\n%s" % (what, done.returncode, (done.stderr or "").strip()))


def index_url() -> str:
    """The one package index every install resolves from."""
    return os.environ.get("TFNOTES_INDEX_URL") or DEFAULT_INDEX


def clean_env() -> Dict[str, str]:
    """The environment without what would point pip or uv at another
    index or configuration (uv's cache directory is kept)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PIP_", "UV_")) or k == "UV_CACHE_DIR"}
    env["PIP_CONFIG_FILE"] = os.devnull  # pip then reads no config file
    return env


def _index_options() -> List[str]:
    return ["--no-config", "--default-index", index_url()]


def binary(root: Path, cache: Path, python: str) -> str:
    """The pinned uv, installed on first use into ``cache/uv-<key>`` by
    ``python -m pip`` with hashes required (the key is the lock's
    sha256, so a new pin installs a new uv beside the old one)."""
    lock = root / LOCK
    key = hashlib.sha256(lock.read_bytes()).hexdigest()[:16]
    target = cache / ("uv-" + key)
    exe = target / "bin" / "uv"
    if exe.exists():
        return str(exe)
    cache.mkdir(parents=True, exist_ok=True)
    build = Path(tempfile.mkdtemp(prefix="uv-build-", dir=str(cache)))
    try:
        _run([python, "-m", "pip", "install", "--isolated", "--quiet",
              "--disable-pip-version-check", "--root-user-action=ignore", "--no-deps",
              "--require-hashes", "--index-url", index_url(), "--target", str(build), "-r", str(lock)],
             "installing uv from %s" % LOCK)
        build.chmod(0o755)
        try:
            os.rename(str(build), str(target))
        except OSError:  # another ./tfn installed it meanwhile
            if not exe.exists():
                raise
    finally:
        shutil.rmtree(str(build), ignore_errors=True)
    return str(exe)


def compile_lock(uv: str, root: Path, requirements: str, lock: str,
                 python: str, upgrade: bool = False) -> str:
    """Resolve ``requirements`` (a ``*.in``, relative to ``root``) for
    ``python`` into a hashed lock, written to ``lock`` by uv; the pins
    already in ``lock`` are kept unless ``upgrade``. Returns the text."""
    cmd = [uv, "pip", "compile", "--quiet", "--generate-hashes", "--no-header",
           "--python", python] + _index_options() + [requirements, "-o", lock]
    _run(cmd + (["--upgrade"] if upgrade else []), "locking %s" % requirements, cwd=root)
    return (root / lock).read_text(encoding="utf-8")


def create_venv(uv: str, python: str, venv: Path) -> None:
    """An empty venv at ``venv`` (no pip in it: uv installs)."""
    _run([uv, "venv", "--quiet", "--no-config", "--python", python, str(venv)],
         "uv venv --python %s" % python)


def install(uv: str, venv: Path, locks: Sequence[Path]) -> None:
    """Install ``locks`` into ``venv``; every file must match a hash of
    its lock, or nothing is installed and uv names the package."""
    cmd = [uv, "pip", "install", "--quiet", "--require-hashes", "--compile-bytecode", "--python", str(venv / "bin" / "python")] + _index_options()
    for lock in locks:
        cmd += ["-r", str(lock)]
    _run(cmd, "installing %s" % ", ".join(str(lock) for lock in locks))


def install_requirements(uv: str, venv: Path, requirements: Sequence[str]) -> None:
    """Install ``requirements`` (``name==version``, as a reader types
    them: no lock, no hashes) into ``venv``, with their bytecode."""
    cmd = [uv, "pip", "install", "--quiet", "--compile-bytecode",
           "--python", str(venv / "bin" / "python")] + _index_options() + list(requirements)
    _run(cmd, "uv pip install %s" % " ".join(requirements))
