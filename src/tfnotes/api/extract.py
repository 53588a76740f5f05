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

from tfnotes.api import docstrings, extras, params, resolved, walk

ROOT = Path(__file__).resolve().parents[3]


def world_name(tf_version: str) -> str:
    """``tf24`` for TF 2.4.x, ``keras3`` for the newest TensorFlow."""
    return "tf24" if tf_version.startswith("2.4.") else "keras3"


def entry(api: walk.Api, tf=None) -> Dict[str, object]:
    """The data of one API (``params`` None, ``error`` set, when the
    library gives it no signature): its parameters, the arguments hidden
    in its ``**kwargs`` (each tried on the constructor of a class), and a
    class's ``get_config()`` once built."""
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
    doc = docstrings.args_section(api.obj, api.kind)
    if doc:
        found["doc"] = doc
    if tf is None:
        return found
    hidden = extras.extras(api.obj, api.kind)
    if hidden and api.kind == "class":
        for extra in hidden:
            extra["accepted"] = resolved.try_extra(api.obj, api.path, extra["name"], tf)
        # A base's argument that the class passes itself (Conv2D's rank) is
        # not the caller's to give.
        hidden = [e for e in hidden if "got multiple values" not in e["accepted"]]
    if hidden:
        found["extras"] = hidden
    found.update(resolved.config(api.obj, api.path, tf) if api.kind == "class" else {})
    return found


def extract(tf=None, root: Path = ROOT) -> Dict[str, object]:
    if tf is None:
        import tensorflow as tf
    found = walk.walk(tf)
    apis = {api.path: entry(api, tf) for api in found}
    data = {"tensorflow": tf.__version__, "apis": apis}
    if world_name(tf.__version__) == "keras3":
        data["tf24_extras"] = tf24_extras(found, load("tf24", root)["apis"], tf)
    return data


def tf24_extras(found, apis24, tf) -> Dict[str, Dict[str, str]]:
    """Whether Keras 3 still takes each hidden argument of TF 2.4's classes:
    ``{TF 2.4 API: {argument: "named" | "accepted" | "refused: ..." |
    "not built: ..."}}``, tried on the Keras 3 counterpart."""
    from tfnotes.api import counterparts

    by_path = {}
    for api in found:
        for name in [api.path] + api.aliases:
            by_path.setdefault(name, api)
    k3_index = {name: api.path for name, api in by_path.items()}
    out: Dict[str, Dict[str, str]] = {}
    for path, data in sorted(apis24.items()):
        if data["kind"] != "class" or not data.get("extras"):
            continue
        target = counterparts.counterpart(path, data, k3_index)["path"]
        if target is None:
            continue
        api = by_path[target]
        try:
            named = {p["name"] for p in params.parameters(api.obj, "class")}
        except (TypeError, ValueError):
            named = set()
        out[path] = {
            e["name"]: "named" if e["name"] in named else resolved.try_extra(api.obj, api.path, e["name"], tf)
            for e in data["extras"]}
    return out


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
    lines = ['{"tensorflow": %s,' % json.dumps(data["tensorflow"])]
    if "tf24_extras" in data:
        lines.append('"tf24_extras": %s,' % json.dumps(data["tf24_extras"], sort_keys=True))
    lines.append('"apis": {')
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
    data = extract(tf, root)
    world = world_name(tf.__version__)
    path = path_for(world, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump(data), encoding="utf-8")
    apis, n = counts(data)
    done = time.perf_counter()
    print("wrote %s: %d APIs, %d parameters (TensorFlow %s); import %.1f s, extraction %.1f s"
          % (os.path.relpath(str(path)), apis, n, tf.__version__, imported - began, done - imported))
    return 0
