"""What a constructed object really gets: its ``get_config()``.

Each class of the API that has ``get_config`` is built with its required
arguments from :mod:`tfnotes.api.examples` and nothing else, and its
config recorded (values as ``repr``); so a default that is ``None``, a
string alias (``'uniform'``) or hidden in ``**kwargs`` shows what it turns
into. ``try_extra`` builds it once more with one hidden argument given,
to show whether the constructor accepts it.
"""

import inspect
import re
from typing import Dict, Optional, Tuple

from tfnotes.api import examples, params

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
# Config values that differ from run to run, not from version to version.
_UNSTABLE = {"name"}
# A given value for a hidden argument, where its default is not one.
_EXTRA_VALUES = {
    "input_shape": (4,), "batch_input_shape": (None, 4), "batch_size": 2, "input_dim": 4,
    "weights": None, "autocast": False, "implementation": 1, "activity_regularizer": None,
    "lr": 0.01, "decay": 0.0, "clipnorm": 1.0, "clipvalue": 1.0, "global_clipnorm": 1.0,
    "name": "tfnotes", "dtype": "float32", "trainable": True, "dynamic": False,
}


def required_args(cls, path: str, tf) -> Dict[str, object]:
    out = {}
    for p in params.parameters(cls, "class"):
        if p["default"] == params.REQUIRED:
            out[p["name"]] = examples.value(path, p["name"], tf)
    return out


def build(cls, path: str, tf, **extra) -> Tuple[Optional[object], Optional[str]]:
    """(object, None), or (None, why it could not be built)."""
    try:
        kwargs = required_args(cls, path, tf)
    except KeyError as exc:
        return None, "no example value for required argument %s" % exc
    except (TypeError, ValueError) as exc:
        return None, "no signature: %s" % exc
    kwargs.update(extra)
    try:
        return cls(**kwargs), None
    except Exception as exc:  # noqa: BLE001 - any failure is reported as such
        return None, _ADDRESS.sub("", "%s: %s" % (type(exc).__name__, " ".join(str(exc).split())[:200]))


# Keras serializes a Python function as (base64 of its marshalled code,
# defaults, closure); the code names the file it came from, which is where
# this machine keeps TensorFlow, not a default.
_FUNCTION_DUMP = re.compile(r"^\('[A-Za-z0-9+/=\\n]{40,}', ")


def text(value) -> str:
    """``repr(value)``, without memory addresses or the bytecode of a
    serialized function: the same on every run."""
    shown = _ADDRESS.sub("", repr(value))
    if isinstance(value, tuple) and _FUNCTION_DUMP.match(shown):
        return "<a Python function, serialized as its bytecode>"
    return shown


def config(cls, path: str, tf) -> Dict[str, object]:
    """``{"config": {key: repr}}`` or ``{"error": why}``."""
    if not inspect.isclass(cls) or not callable(getattr(cls, "get_config", None)):
        return {}
    configs = []
    for _ in range(2):  # twice: a value that differs (a drawn seed) is no default
        obj, error = build(cls, path, tf)
        if obj is None:
            return {"error": error}
        try:
            found = obj.get_config()
        except Exception as exc:  # noqa: BLE001
            return {"error": _ADDRESS.sub("", "get_config() raised %s: %s" % (
                type(exc).__name__, " ".join(str(exc).split())[:200]))}
        if not isinstance(found, dict):
            return {"error": "get_config() returned %s" % type(found).__name__}
        configs.append({k: text(v) for k, v in found.items() if k not in _UNSTABLE})
    first, second = configs
    return {"config": {k: v for k, v in sorted(first.items()) if second.get(k) == v}}


def try_extra(cls, path: str, name: str, tf) -> str:
    """``"accepted"``, ``"refused: ..."`` (the constructor named the
    argument in its error), or ``"not built: ..."`` (it failed otherwise)."""
    value = _EXTRA_VALUES.get(name)
    obj, error = build(cls, path, tf, **{name: value})
    if obj is not None:
        return "accepted"
    if name in (error or ""):
        return "refused: " + error
    return "not built: " + (error or "")
