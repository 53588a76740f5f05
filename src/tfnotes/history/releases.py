"""Every release of ``tf.keras`` the history covers, one line each.

A release is named by its Keras version (``2.4`` ... ``2.15``: Keras 2
inside TensorFlow, so also the TF minor; ``3.0`` ...: Keras 3 as the
``tf.keras`` of a TensorFlow >= 2.16), at the latest patch of each minor.
Each line gives the Python the release is installed on and its direct
requirements; ``./tfn history --lock`` writes them to
``requirements/releases/<name>.in`` and locks each, with hashes, into
``<name>.txt``. Adding the next release is one more line here.

Why the pins beside the library's own: TF 2.4-2.13 ship Python 3.8
wheels, 2.14-2.15 need 3.11; ``tensorflow-cpu`` where it exists (no CUDA
download). Keras 3 minors share a few TensorFlows (a TF that resolves
with each: 2.16 accepts Keras >= 3.0 and holds numpy < 2, which
Keras <= 3.4 needs), so uv's cache hardlinks one TF into many worlds.
Standard library only.
"""

from dataclasses import dataclass
from typing import Dict, Tuple

from tfnotes import envs


@dataclass(frozen=True)
class Release:
    """One release: its name, Python (major, minor) and requirements."""

    name: str
    python: Tuple[int, int]
    requirements: Tuple[str, ...]

    @property
    def lock(self) -> str:
        """The hashed lock, relative to the checkout."""
        return "requirements/releases/%s.txt" % self.name

    @property
    def world(self) -> envs.World:
        """The world built from the lock (``.venvs/release-2.4``)."""
        return envs.World("release-" + self.name, self.lock, exact=self.python)

    def requirements_text(self) -> str:
        """The ``*.in`` the lock is made from."""
        return ("# Release %s of the history (written by ./tfn history --lock from "
                "src/tfnotes/history/releases.py; edit that, not this).\n%s\n"
                % (self.name, "\n".join(self.requirements)))


PY38, PY311 = (3, 8), (3, 11)
# Released before protobuf 4 and numpy 1.24 (which dropped np.object),
# whose ranges they leave open.
OLD_PROTOBUF = "protobuf<3.21"
OLD_NUMPY = "numpy<1.24"
TF216 = "tensorflow-cpu==2.16.2"
TF219 = "tensorflow-cpu==2.19.1"
TF221 = "tensorflow-cpu==2.21.0"

RELEASES = (
    Release("2.4", PY38, ("tensorflow-cpu==2.4.4", OLD_PROTOBUF)),
    Release("2.5", PY38, ("tensorflow-cpu==2.5.3", OLD_PROTOBUF)),
    Release("2.6", PY38, ("tensorflow-cpu==2.6.5",)),
    Release("2.7", PY38, ("tensorflow-cpu==2.7.4", OLD_NUMPY)),
    Release("2.8", PY38, ("tensorflow-cpu==2.8.4", OLD_NUMPY)),
    Release("2.9", PY38, ("tensorflow-cpu==2.9.3", OLD_NUMPY)),
    Release("2.10", PY38, ("tensorflow-cpu==2.10.1", OLD_NUMPY)),
    Release("2.11", PY38, ("tensorflow-cpu==2.11.1", OLD_NUMPY)),
    Release("2.12", PY38, ("tensorflow-cpu==2.12.1",)),
    Release("2.13", PY38, ("tensorflow-cpu==2.13.1",)),
    Release("2.14", PY311, ("tensorflow-cpu==2.14.1",)),
    Release("2.15", PY311, ("tensorflow-cpu==2.15.1",)),
    Release("3.0", PY311, ("keras==3.0.5", TF216)),
    Release("3.1", PY311, ("keras==3.1.1", TF216)),
    Release("3.2", PY311, ("keras==3.2.1", TF216)),
    Release("3.3", PY311, ("keras==3.3.3", TF216)),
    Release("3.4", PY311, ("keras==3.4.1", TF216)),
    Release("3.5", PY311, ("keras==3.5.0", TF219)),
    Release("3.6", PY311, ("keras==3.6.0", TF219)),
    Release("3.7", PY311, ("keras==3.7.0", TF219)),
    Release("3.8", PY311, ("keras==3.8.0", TF219)),
    Release("3.9", PY311, ("keras==3.9.2", TF219)),
    Release("3.10", PY311, ("keras==3.10.0", TF219)),
    Release("3.11", PY311, ("keras==3.11.3", TF219)),
    Release("3.12", PY311, ("keras==3.12.4", TF221)),
    Release("3.13", PY311, ("keras==3.13.2", TF221)),
    Release("3.14", PY311, ("keras==3.14.1", TF221)),
    Release("3.15", PY311, ("keras==3.15.1", TF221)),
)

BY_NAME: Dict[str, Release] = {r.name: r for r in RELEASES}
NAMES = tuple(r.name for r in RELEASES)


def named(name: str) -> Release:
    """The release called ``name``; a clear error naming the known ones."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError("no release %r in src/tfnotes/history/releases.py (known: %s)"
                       % (name, ", ".join(NAMES))) from None


if __name__ == "__main__":
    # The names as JSON, for the workflow's matrix (one job per release).
    import json

    print(json.dumps(list(NAMES)))
