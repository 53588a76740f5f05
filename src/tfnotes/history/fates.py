"""The fate of a hidden argument (one carried by ``**kwargs``) given to a
class's constructor: ``honoured``, ``ignored``, ``accepted`` or
``rejected``.

The class is built once with the argument given a value unlike its
default (:data:`TRIED`), and the object compared with the one built
without it: the value shows in ``get_config()`` or in the attribute of
that name, so it is ``honoured``; it shows nowhere though it differs from
the default, so it is ``ignored`` (TF 2.11's ``Adam(lr=0.5)`` keeps
``learning_rate`` at 0.001); the value tried cannot show (``None``), so it
is only ``accepted``; the constructor raised an error naming it, so it is
``rejected``; any other error leaves it ``unknown``. Building goes through
:func:`tfnotes.api.resolved.build`, as every other construction of the
extractor does.
"""

from typing import Dict, Optional

from tfnotes.api import resolved

HONOURED, IGNORED, ACCEPTED, REJECTED, UNKNOWN = (
    "honoured", "ignored", "accepted", "rejected", "unknown")
# The value each hidden argument is tried with: unlike its default, so
# that whether it was taken can be seen.
TRIED = {
    "lr": 0.5, "decay": 0.01, "clipnorm": 1.0, "clipvalue": 1.0, "global_clipnorm": 1.0,
    "name": "tfnotes", "dtype": "float64", "trainable": False, "dynamic": True,
    "autocast": False, "input_shape": (4,), "batch_input_shape": (None, 4),
    "batch_size": 2, "input_dim": 4, "implementation": 1, "activity_regularizer": "l2",
    "input_length": 3,
}


def classify(name: str, given: object, error: Optional[str],
             baseline: Optional[Dict[str, str]], config: Optional[Dict[str, str]],
             attribute: Optional[str]) -> str:
    """The fate, from what was seen: ``error`` when building failed,
    else the ``baseline`` config (its keys stable from build to build) (built without the argument),
    the ``config`` built with it (reprs; None when there is none) and
    ``attribute``, the repr of the object's attribute ``name`` (or None)."""
    if error is not None:
        return REJECTED if name in error else UNKNOWN
    if given is None:
        return ACCEPTED
    if repr(given) in (attribute, (config or {}).get(name)):
        return HONOURED
    # A key the baseline lacks counts (Dense(input_shape=...) adds
    # batch_input_shape), but for the name, unlike on every build.
    if baseline is not None and config is not None and any(
            baseline.get(key) != value for key, value in config.items() if key != "name"):
        return HONOURED
    return IGNORED


def _config(obj) -> Optional[Dict[str, str]]:
    try:
        found = obj.get_config()
    except Exception:  # noqa: BLE001 - no config is seen as none
        return None
    return {k: resolved.text(v) for k, v in found.items()} if isinstance(found, dict) else None


def _attribute(obj, name: str) -> Optional[str]:
    for attr in (name, "_" + name):
        try:
            return repr(getattr(obj, attr))
        except Exception:  # noqa: BLE001 - a property that fails shows nothing
            continue
    return None


def fate(cls, path: str, name: str, baseline: Optional[Dict[str, str]], tf) -> Dict[str, str]:
    """``{"fate": ...}``, with ``"error"`` (its first 200 characters)
    when the constructor raised."""
    given = TRIED.get(name)
    obj, error = resolved.build(cls, path, tf, **{name: given})
    if obj is None:
        return {"fate": classify(name, given, error, None, None, None), "error": error or ""}
    return {"fate": classify(name, given, None, baseline, _config(obj), _attribute(obj, name))}
