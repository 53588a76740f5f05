"""Find the Python interpreters the two worlds need.

Standard library only: this module runs before any virtual environment
exists, under whatever ``python3`` started ``./tfn``.
"""

import glob
import os
import shutil
import subprocess
from typing import List, Optional, Tuple

Version = Tuple[int, int]


class PythonNotFound(RuntimeError):
    """No interpreter of the wanted version exists on this machine."""


def _version_of(exe: str) -> Optional[Version]:
    try:
        out = subprocess.run(
            [exe, "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout.split()
        return int(out[0]), int(out[1])
    except (OSError, ValueError, IndexError, subprocess.SubprocessError):
        return None


def full_version(exe: str) -> str:
    """``exe``'s exact version, e.g. ``3.8.18``: part of a world's cache
    key, since a venv is bound to the interpreter it was made from."""
    return subprocess.run(
        [exe, "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    ).stdout.strip()


def _candidates(minor: Optional[Version]) -> List[str]:
    """Interpreters worth asking, most specific first."""
    if minor:
        names = ["python%d.%d" % minor]
    else:
        names = ["python3.%d" % m for m in range(14, 10, -1)]
    names += ["python3", "python"]
    found = [shutil.which(n) for n in names]
    pyenv_root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    pattern = "%d.%d.*" % minor if minor else "3.*"
    found += sorted(
        glob.glob(os.path.join(pyenv_root, "versions", pattern, "bin", "python3")),
        reverse=True,
    )
    uv = shutil.which("uv")
    if uv and minor:
        try:
            found.append(
                subprocess.run(
                    [uv, "python", "find", "%d.%d" % minor],
                    capture_output=True,
                    text=True,
                    timeout=60,
                ).stdout.strip()
            )
        except (OSError, subprocess.SubprocessError):
            pass
    return [f for f in found if f]


def find_python(exact: Optional[Version] = None, at_least: Optional[Version] = None):
    """Return the path of a Python that is ``exact`` or ``>= at_least``.

    Looks on PATH, in pyenv's versions, then asks ``uv python find``.

    Raises:
        PythonNotFound: with a message that says how to get one.
    """
    for exe in _candidates(exact):
        version = _version_of(exe)
        if version is None:
            continue
        if exact and version == exact:
            return exe
        if at_least and not exact and version >= at_least:
            return exe
    if exact:
        want = "Python %d.%d" % exact
        how = (
            "TensorFlow 2.4 runs only on Python 3.6-3.8. Install one with "
            "'pyenv install 3.8' or 'uv python install 3.8', or put a "
            "python3.8 on PATH, then run this command again."
        )
    else:
        want = "Python >= %d.%d" % at_least
        how = (
            "Install one with 'pyenv install 3.11' or 'uv python install "
            "3.11', or put it on PATH, then run this command again."
        )
    raise PythonNotFound(
        "%s not found (looked on PATH, in pyenv's versions and with "
        "'uv python find'). %s" % (want, how)
    )
