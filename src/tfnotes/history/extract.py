"""Walk one release, in its own world: ``python -m
tfnotes.history.extract RELEASE OUT [CARRIED]`` writes the release's
data to OUT as JSON (``./tfn history --update`` runs it and seals the
result).

The extractor of the site's own data does the work (:mod:`tfnotes.api`:
walk, parameters, hidden arguments read from the source, ``get_config()``);
here each hidden argument of a class is also given to its constructor to
see its fate (:mod:`tfnotes.history.fates`). CARRIED (JSON ``{API:
{argument: default}}``) names hidden arguments of the first release, tried
too on the same API where this release's source no longer reads them:
that is how ``Adam(lr=...)`` is seen ignored from TF 2.11 and rejected by
Keras 3. Kept per API: kind, aliases, parameters ``[name, default,
kind]``, hidden arguments, config (the docstrings are left out).
"""

import json
import sys
import time
from pathlib import Path
from typing import Dict, Optional

from tfnotes.api import extract as api_extract
from tfnotes.api import extras, resolved, walk
from tfnotes.history import fates

CARRIED = "carried from the first release"


def hidden(api: walk.Api, carried: Dict[str, Optional[str]]) -> Dict[str, Dict[str, Optional[str]]]:
    """``{argument: {"default", "source"}}``: read from this release's
    source, then the carried ones it does not read."""
    found = {e["name"]: {"default": e["default"], "source": e["source"]}
             for e in extras.extras(api.obj, api.kind)}
    if found or api.kind == "class":
        for name, default in carried.items():
            found.setdefault(name, {"default": default, "source": CARRIED})
    return found


def entry(api: walk.Api, carried: Dict[str, Optional[str]], tf) -> Dict[str, object]:
    base = api_extract.entry(api)
    found: Dict[str, object] = {"kind": api.kind}
    if api.aliases:
        found["aliases"] = api.aliases
    if base["params"] is None:
        found["params"] = None
        found["error"] = base["error"]
    else:
        found["params"] = [[p["name"], p["default"], p["kind"]] for p in base["params"]]
        if not any(p["kind"] == "**kwargs" for p in base["params"]):
            carried = {}
    config = resolved.config(api.obj, api.path, tf) if api.kind == "class" else {}
    found.update(config)
    extra = hidden(api, carried)
    if extra and api.kind == "class":
        for name, data in extra.items():
            data.update(fates.fate(api.obj, api.path, name, config.get("config"), tf))
        # A base's argument that the class passes itself (Conv2D's rank)
        # is not the caller's to give.
        extra = {k: v for k, v in extra.items() if "got multiple values" not in v.get("error", "")}
    if extra:
        found["extras"] = extra
    return found


def keras_version(tf) -> Optional[str]:
    """The Keras of ``tf.keras``: its own ``__version__`` (Keras inside
    TF 2.4-2.5), else the ``keras`` package's (TF 2.13's ``tf.keras`` is a
    namespace of it that has none)."""
    found = getattr(tf.keras, "__version__", None)
    if found:
        return found
    try:
        import keras
    except ImportError:
        return None
    return getattr(keras, "__version__", None)


def extract(carried: Dict[str, Dict[str, Optional[str]]], tf) -> Dict[str, object]:
    apis = {api.path: entry(api, carried.get(api.path, {}), tf) for api in walk.walk(tf)}
    return {"tensorflow": tf.__version__, "keras": keras_version(tf), "apis": apis}


def main(argv) -> int:
    began = time.perf_counter()
    release, out = argv[0], Path(argv[1])
    carried = json.loads(Path(argv[2]).read_text(encoding="utf-8")) if len(argv) > 2 else {}
    import tensorflow as tf

    imported = time.perf_counter()
    data = extract(carried, tf)
    data["seconds"] = {"import": round(imported - began, 1),
                       "extraction": round(time.perf_counter() - imported, 1)}
    out.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    print("release %s: TensorFlow %s, Keras %s, %d APIs; import %.1f s, extraction %.1f s"
          % (release, data["tensorflow"], data["keras"], len(data["apis"]),
             imported - began, time.perf_counter() - imported))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
