"""One virtual environment per pip line, made once and kept: ``uv venv``
with the interpreter ``./tfn`` finds for the line's world, then ``uv pip
install`` of exactly the line's requirements (no lock, no hashes: what a
reader's ``pip install`` resolves to today).

Kept in ``~/.cache/tfnotes/paste/<key>`` (beside the worlds, under
``$TFNOTES_CACHE`` when set), the key hashing the line, the
interpreter's exact version and the index; built in a directory of its
own and renamed into place once its stamp is written, one build at a
time (a file lock), so parallel checks reuse it. uv's own cache makes a
rebuild take seconds. Standard library only.
"""

import fcntl
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from tfnotes import envs, pythons, uv
from tfnotes.piplines import PipLine

STAMP = ".tfnotes-paste"
WORLDS = {world.name: world for world in envs.WORLDS}


def cache() -> Path:
    return envs.cache_dir().parent / "paste"


def interpreter(line: PipLine) -> str:
    world = WORLDS[line.world]
    return pythons.find_python(
        exact=world.exact, at_least=world.at_least
    )


def key(line: PipLine, python_version: str) -> str:
    text = "\n".join([line.text, python_version, uv.index_url()])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def ensure(line: PipLine) -> Path:
    """The venv of ``line``, built on first use."""
    python = interpreter(line)
    entry = cache() / (
        "%s-%s" % (line.world, key(line, pythons.full_version(python)))
    )
    if (entry / STAMP).is_file():
        return entry
    cache().mkdir(parents=True, exist_ok=True)
    with open(str(cache() / ".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        if (entry / STAMP).is_file():  # built while this one waited
            return entry
        build = Path(
            tempfile.mkdtemp(
                prefix="%s-build-" % line.world, dir=str(cache())
            )
        )
        build.chmod(0o755)
        try:
            binary = uv.binary(envs.ROOT, envs.cache_dir(), python)
            uv.create_venv(binary, python, build)
            uv.install_requirements(binary, build, line.requirements)
            (build / STAMP).write_text(line.text + "\n")
            # A venv names its own path: it stays where it was built, and
            # the entry is a link to it, swapped in at once.
            link = Path(str(entry) + ".new")
            os.symlink(build.name, str(link))
            os.replace(str(link), str(entry))
        except BaseException:
            shutil.rmtree(str(build), ignore_errors=True)
            raise
    return entry
