"""Read the whole API of this process's TensorFlow into one data file.

``data/api/<world>.json`` holds, for every API found by
:func:`tfnotes.api.walk.walk`, its kind, aliases, defining module and
parameters; the file is what the generated "API defaults" pages show.
"""

import json
import os
import time
from pathlib import Path
from typing import Dict

from tfnotes.api import params, walk

ROOT = Path(__file__).resolve().parents[3]


def world_name(tf_version: str) -> str:
    """``tf24`` for TF 2.4.x, ``keras3`` for the newest TensorFlow."""
    return "tf24" if tf_version.startswith("2.4.") else "keras3"


def entry(api: walk.Api) -> Dict[str, object]:
    """The data of one API (``params`` None, ``error`` set, when the
    library gives it no signature)."""
    found = {
        "kind": api.kind,
        "aliases": api.aliases,
        "module": getattr(api.obj, "__module__", None) or "",
    }
    try:
        found["params"] = params.parameters(api.obj, api.kind)
    except (TypeError, ValueError) as exc:
        found["params"] = None
        found["error"] = "no signature: %s" % exc
    return found


def extract(tf=None) -> Dict[str, object]:
    if tf is None:
        import tensorflow as tf
    apis = {api.path: entry(api) for api in walk.walk(tf)}
    return {"tensorflow": tf.__version__, "apis": apis}


def counts(data: Dict[str, object]):
    """(APIs, parameters) of one world's data."""
    apis = data["apis"]
    return len(apis), sum(len(a["params"] or []) for a in apis.values())


def path_for(world: str, root: Path = ROOT) -> Path:
    return root / "data" / "api" / ("%s.json" % world)


def load(world: str, root: Path = ROOT) -> Dict[str, object]:
    """The committed data of ``world`` (empty when never generated)."""
    path = path_for(world, root)
    if not path.exists():
        return {"tensorflow": None, "apis": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def dump(data: Dict[str, object]) -> str:
    # One API per line: small diffs, a small file.
    lines = ['{"tensorflow": %s, "apis": {' % json.dumps(data["tensorflow"])]
    items = sorted(data["apis"].items())
    for index, (path, value) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        lines.append("%s: %s%s" % (json.dumps(path), json.dumps(value, sort_keys=True), comma))
    lines.append("}}")
    return "\n".join(lines) + "\n"


def main(root: Path = ROOT) -> int:
    began = time.perf_counter()
    import tensorflow as tf

    imported = time.perf_counter()
    data = extract(tf)
    world = world_name(tf.__version__)
    path = path_for(world, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump(data), encoding="utf-8")
    apis, n = counts(data)
    done = time.perf_counter()
    print("wrote %s: %d APIs, %d parameters (TensorFlow %s); import %.1f s, extraction %.1f s"
          % (os.path.relpath(str(path)), apis, n, tf.__version__, imported - began, done - imported))
    return 0
