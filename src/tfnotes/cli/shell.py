"""How ``./tfn`` speaks and runs the commands of a checkout: every command
gets ``PYTHONPATH=<checkout>/src`` (the worlds are shared and name no
checkout) and the two worlds' interpreters. Standard library only."""

import os
import subprocess
from typing import Sequence

from tfnotes import envs, locks


class UsageError(Exception):
    """Bad input on the command line; the message says how to fix it."""


def say(msg: str) -> None:
    print("tfn: " + msg, flush=True)


def env() -> dict:
    """The environment of every command ``./tfn`` starts."""
    child = dict(os.environ)
    src = str(envs.ROOT / "src")
    rest = [p for p in child.get("PYTHONPATH", "").split(os.pathsep) if p and p != src]
    child["PYTHONPATH"] = os.pathsep.join([src] + rest)
    child["TFNOTES_TF24_PYTHON"] = str(envs.TF24.python)
    child["TFNOTES_TOOLS_PYTHON"] = str(envs.TOOLS.python)
    child.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    child.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    child.setdefault("NO_MKDOCS_2_WARNING", "1")
    return child


def run(cmd: Sequence[str]) -> int:
    """Run ``cmd`` in the checkout with ``env()``; its exit code."""
    return subprocess.run(list(cmd), cwd=str(envs.ROOT), env=env()).returncode


def tf_version(world: envs.World) -> str:
    """The TensorFlow version a world's lock pins, e.g. ``2.4.4``."""
    return locks.pinned(envs.ROOT / world.lock, "tensorflow", "tensorflow-cpu") or "?"
