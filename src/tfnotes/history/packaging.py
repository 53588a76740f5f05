"""What one world installs, read from its package metadata: ``python -m
tfnotes.history.packaging OUT`` writes the world's entry of
``data/history/packaging.json`` to OUT as JSON (``./tfn history
--packaging`` runs it in every release's world and seals the result).

An entry holds the TensorFlow distribution (name, version,
``Requires-Python``, every ``Requires-Dist`` as ``[name, specifier,
marker]``), the distributions that install a top-level ``keras`` package,
and where ``tf.keras`` lives: the file it resolves to, the file that
defines ``tf.keras.layers.Dense``, and the distribution whose RECORD
lists each (``tensorflow-cpu`` while Keras is part of TensorFlow, ``keras``
once it is a package of its own).

Everything but ``tf_keras`` is metadata. ``tf_keras`` alone imports
TensorFlow (about 3 s): which module ``tf.keras`` is cannot be read from
the files. TF 2.5 requires ``keras-nightly``, which installs a ``keras``
package, yet its ``tf.keras`` is still TensorFlow's own; TF 2.6 and 2.7
still ship the old ``tensorflow/keras/`` files, yet their ``tf.keras``
is the ``keras`` package. Only TensorFlow's ``__init__`` decides, so the
import answers, with the variables that switch it (``TF_USE_LEGACY_KERAS``,
``_PREFER_OSS_KERAS``) unset: the default a ``pip install`` gets.

Runs on every world's Python (3.8 included); standard library only.
"""

import json
import os
import re
import sys
from importlib import metadata
from pathlib import Path
from typing import Dict, List, Optional

# Variables that make TensorFlow pick another Keras than its default.
SWITCHES = ("TF_USE_LEGACY_KERAS", "_PREFER_OSS_KERAS", "KERAS_BACKEND")
REQUIREMENT = re.compile(
    r"\s*(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?"
    r"\s*\(?(?P<spec>[^;()]*)\)?\s*(?:;\s*(?P<marker>.*))?$"
)


def normalized(name: str) -> str:
    """A distribution's name as PEP 503 compares it (``Keras_Nightly``
    -> ``keras-nightly``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement(text: str) -> List[str]:
    """``"keras (<2.7,>=2.6.0)"`` or ``"keras >=3.0.0"`` (metadata of
    either age) -> ``[name, specifier, marker]``; the specifier's clauses
    sorted, ``""`` for none."""
    match = REQUIREMENT.match(text)
    if match is None:
        raise ValueError("not a requirement: %r" % text)
    clauses = sorted(
        c.strip() for c in match.group("spec").split(",") if c.strip()
    )
    return [
        normalized(match.group("name")),
        ",".join(clauses),
        (match.group("marker") or "").strip(),
    ]


def _tops(dist) -> List[str]:
    text = dist.read_text("top_level.txt")
    if text:
        return text.split()
    return sorted(
        {
            Path(str(f)).parts[0]
            for f in dist.files or []
            if Path(str(f)).parts
        }
    )


def installing(top: str) -> List[metadata.Distribution]:
    """The distributions that install the top-level package ``top``."""
    return [d for d in metadata.distributions() if top in _tops(d)]


def owner(path: str) -> Dict[str, Optional[str]]:
    """``{"file", "distribution"}`` of an installed module file: its path
    under its ``sys.path`` entry and the distribution whose RECORD lists it."""
    absolute = Path(path).resolve()
    roots = [
        Path(p).resolve() for p in sys.path if p and Path(p).is_dir()
    ]
    root = max(
        (r for r in roots if r in absolute.parents),
        key=lambda r: len(r.parts),
        default=None,
    )
    if root is None:
        return {"file": str(absolute), "distribution": None}
    relative = absolute.relative_to(root).as_posix()
    for dist in installing(relative.split("/")[0]):
        if any(str(f) == relative for f in dist.files or []):
            return {
                "file": relative,
                "distribution": normalized(dist.metadata["Name"]),
            }
    return {"file": relative, "distribution": None}


def describe(dist: metadata.Distribution) -> Dict[str, object]:
    return {
        "distribution": normalized(dist.metadata["Name"]),
        "version": dist.version,
        "requires_python": dist.metadata.get("Requires-Python"),
    }


def tensorflow() -> Dict[str, object]:
    """The distribution that installs ``tensorflow``, with its requirements."""
    found = installing("tensorflow")
    if len(found) != 1:
        raise RuntimeError(
            "%d distributions install the tensorflow package: %s"
            % (len(found), [d.metadata["Name"] for d in found])
        )
    out = describe(found[0])
    out["requires"] = sorted(
        requirement(r) for r in found[0].requires or []
    )
    return out


def tf_keras() -> Dict[str, object]:
    """Where ``tf.keras`` lives, as TensorFlow resolves it by default."""
    for name in SWITCHES:
        os.environ.pop(name, None)
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import tensorflow as tf

    dense = sys.modules[tf.keras.layers.Dense.__module__]
    # Keras 3.0's tf.keras module has no __version__; its package has.
    version = (
        getattr(tf.keras, "__version__", None)
        or sys.modules[dense.__name__.split(".")[0]].__version__
    )
    return {
        "module": tf.keras.__name__,
        "version": version,
        "package": owner(tf.keras.__file__),
        "dense": owner(dense.__file__),
    }


def entry() -> Dict[str, object]:
    """This world's entry."""
    return {
        "tensorflow": tensorflow(),
        "keras_packages": sorted(
            (describe(d) for d in installing("keras")),
            key=lambda d: d["distribution"],
        ),
        "tf_keras": tf_keras(),
    }


def main(argv: List[str]) -> int:
    if len(argv) != 1:
        print(
            "usage: python -m tfnotes.history.packaging OUT",
            file=sys.stderr,
        )
        return 2
    Path(argv[0]).write_text(
        json.dumps(entry(), sort_keys=True), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
