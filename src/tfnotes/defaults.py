"""Read argument defaults from the live library: the one source of defaults.

Run in a TF world, ``python -m tfnotes.defaults`` writes
``data/defaults/<world>.json`` (``tf24`` or ``keras3``) for every API that
has an arguments table in ``docs/``. The file is generated, committed, and
checked against the library by ``tests/library/test_defaults.py``: a
default that no longer matches the library fails the suite.
"""

import inspect
import json
import sys
from pathlib import Path
from typing import Dict, List, Optional

from tfnotes import argtables
from tfnotes.api.params import REQUIRED, default_repr, display_name  # noqa: F401 - REQUIRED is part of this API

ROOT = Path(__file__).resolve().parents[2]


def world_name(tf_version: str) -> str:
    """``tf24`` for TF 2.4.x, ``keras3`` for the newest TensorFlow."""
    return "tf24" if tf_version.startswith("2.4.") else "keras3"


def resolve(api: str, tf=None):
    """The object a ``tf.`` path names, or None where this TF has none."""
    if tf is None:
        import tensorflow as tf
    obj = tf
    for part in api.split(".")[1:]:
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def parameters(obj) -> List[Dict[str, Optional[str]]]:
    """``[{"name": ..., "default": ...}]`` of a class's ``__init__`` or a
    function's signature, ``self`` left out. ``default`` is the ``repr`` of
    the default, ``"required"``, or None for ``*args``/``**kwargs``."""
    target = obj.__init__ if inspect.isclass(obj) else obj
    params = list(inspect.signature(target).parameters.values())
    if params and params[0].name == "self":
        params = params[1:]
    return [{"name": display_name(p), "default": default_repr(p)} for p in params]


def extract(apis: List[str], tf=None) -> Dict[str, object]:
    """Defaults of every API in ``apis`` on this process's TensorFlow."""
    if tf is None:
        import tensorflow as tf
    found = {}
    for api in apis:
        obj = resolve(api, tf)
        found[api] = None if obj is None else parameters(obj)
    return {"tensorflow": tf.__version__, "apis": found}


def path_for(world: str, root: Path = ROOT) -> Path:
    """``data/defaults/<world>.json`` of the project at ``root``."""
    return root / "data" / "defaults" / ("%s.json" % world)


def load(world: str, root: Path = ROOT) -> Dict[str, object]:
    """The committed defaults of ``world`` (empty when never generated)."""
    path = path_for(world, root)
    if not path.exists():
        return {"tensorflow": None, "apis": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def dump(data: Dict[str, object]) -> str:
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def main(root: Path = ROOT) -> int:
    """Write this world's defaults file for the project at ``root``."""
    import tensorflow as tf

    world = world_name(tf.__version__)
    data = extract(argtables.apis(root / "docs"), tf)
    path = path_for(world, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump(data), encoding="utf-8")
    print("wrote %s (%d APIs, TensorFlow %s)" % (path, len(data["apis"]), tf.__version__))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT))
