"""What became of each TF 2.4 API and argument in Keras 3.

An API's Keras 3 counterpart is, in this order: the same path (or one of
its aliases) under Keras 3's ``tf.keras``; else the target of a move in
:data:`MOVES` (a prefix) or :data:`MOVED` (one API); else it is removed,
with the replacement :data:`REPLACED` names where one exists. Every target
of these tables is checked against the Keras 3 library by
``tests/library/test_api_counterparts.py`` and against the committed data
by ``tests/site/test_api_data.py``.

An argument is paired with the argument of the same name, or the one
:data:`RENAMED` names. Its status is ``same`` (a default that differs in
spelling only, ``0`` and ``0.0``, is the same value), ``changed``,
``added`` or ``removed``. Standard library only, Python 3.8.
"""

import ast
from typing import Dict, List, Optional, Tuple

# (TF 2.4 prefix, Keras 3 prefix): whole namespaces that moved.
MOVES: List[Tuple[str, str]] = [
    ("tf.keras.layers.experimental.preprocessing.", "tf.keras.layers."),
    ("tf.keras.layers.experimental.", "tf.keras.layers."),
    ("tf.keras.mixed_precision.experimental.", "tf.keras.mixed_precision."),
    ("tf.keras.callbacks.experimental.", "tf.keras.callbacks."),
    ("tf.keras.experimental.", "tf.keras.optimizers.schedules."),
]
# One API that moved elsewhere than its namespace's move says.
MOVED: Dict[str, str] = {
    "tf.keras.experimental.PeepholeLSTMCell": "tf.keras.layers.LSTMCell",
}
# Removed in Keras 3: what to use instead.
REPLACED: Dict[str, str] = {
    "tf.keras.Model.fit_generator": "tf.keras.Model.fit",
    "tf.keras.Model.evaluate_generator": "tf.keras.Model.evaluate",
    "tf.keras.Model.predict_generator": "tf.keras.Model.predict",
    "tf.keras.Sequential.predict_classes": "tf.keras.Model.predict",
    "tf.keras.Sequential.predict_proba": "tf.keras.Model.predict",
    "tf.keras.Model.to_yaml": "tf.keras.Model.to_json",
    "tf.keras.metrics.Metric.reset_states": "tf.keras.metrics.Metric.reset_state",
    "tf.keras.models.model_from_yaml": "tf.keras.models.model_from_json",
    "tf.keras.models.model_from_config": "tf.keras.models.clone_model",
    "tf.keras.backend.placeholder": "tf.keras.Input",
    "tf.keras.layers.experimental.preprocessing.CategoryCrossing": "tf.keras.layers.HashedCrossing",
    "tf.keras.layers.experimental.SyncBatchNormalization": "tf.keras.layers.BatchNormalization",
    "tf.keras.wrappers.scikit_learn.KerasClassifier": "tf.keras.wrappers.SKLearnClassifier",
    "tf.keras.wrappers.scikit_learn.KerasRegressor": "tf.keras.wrappers.SKLearnRegressor",
}
# (TF 2.4 API, TF 2.4 argument): its Keras 3 name.
RENAMED: Dict[Tuple[str, str], str] = {
    ("tf.keras.Model.add_loss", "losses"): "loss",
    ("tf.keras.activations.relu", "alpha"): "negative_slope",
    ("tf.keras.layers.LeakyReLU", "alpha"): "negative_slope",
    ("tf.keras.layers.InputLayer", "input_shape"): "shape",
    ("tf.keras.callbacks.LambdaCallback", "on_batch_begin"): "on_train_batch_begin",
    ("tf.keras.callbacks.LambdaCallback", "on_batch_end"): "on_train_batch_end",
    ("tf.keras.layers.experimental.preprocessing.CategoryEncoding", "max_tokens"): "num_tokens",
    ("tf.keras.layers.experimental.preprocessing.Discretization", "bins"): "bin_boundaries",
    ("tf.keras.layers.experimental.preprocessing.IntegerLookup", "max_values"): "max_tokens",
    ("tf.keras.layers.experimental.preprocessing.IntegerLookup", "mask_value"): "mask_token",
    ("tf.keras.layers.experimental.preprocessing.IntegerLookup", "oov_value"): "oov_token",
    ("tf.keras.mixed_precision.experimental.LossScaleOptimizer", "optimizer"): "inner_optimizer",
    ("tf.keras.utils.to_categorical", "y"): "x",
    ("tf.keras.utils.serialize_keras_object", "instance"): "obj",
    ("tf.keras.utils.deserialize_keras_object", "identifier"): "config",
}


# A hidden argument (in TF 2.4's **kwargs) of every API under a prefix,
# and its Keras 3 name: the optimizers' ``lr``.
EXTRA_RENAMED_UNDER = "tf.keras.optimizers."
EXTRA_RENAMED: Dict[str, str] = {"lr": "learning_rate"}


def index(apis: Dict[str, Dict[str, object]]) -> Dict[str, str]:
    """``{any path or alias: canonical path}`` of one world's data."""
    out = {}
    for path, data in apis.items():
        for name in [path] + list(data.get("aliases") or []):
            out.setdefault(name, path)
    return out


def counterpart(path: str, data24: Dict[str, object], k3_index: Dict[str, str]) -> Dict[str, Optional[str]]:
    """``{"status": "same path"|"moved"|"removed", "path": path or None,
    "replacement": path or None}`` of one TF 2.4 API in a later release
    (``k3_index``: its :func:`index`)."""
    for name in [path] + list(data24.get("aliases") or []):
        if name in k3_index:
            return {"status": "same path", "path": k3_index[name], "replacement": None}
    target = MOVED.get(path)
    if target is None:
        for old, new in MOVES:
            if path.startswith(old):
                target = new + path[len(old):]
                break
    if target is not None and target in k3_index:
        return {"status": "moved", "path": k3_index[target], "replacement": None}
    replacement = REPLACED.get(path)
    return {"status": "removed", "path": None,
            "replacement": k3_index.get(replacement) if replacement else None}


def _value(text: Optional[str]):
    """A default as a Python value where it is a literal (so ``0`` equals
    ``0.0``), else its text."""
    if text is None:
        return ("", None)
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return ("text", text)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return ("literal", repr(value))
    return ("number", float(value))


def same_value(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two default reprs are the same value (``1`` and ``1.0`` are,
    ``True`` and ``1`` are not)."""
    return a == b or _value(a) == _value(b)


def status(old: Optional[str], new: Optional[str], in_old: bool = True, in_new: bool = True) -> str:
    """How one argument fared from one release to the next: ``same``
    (spelling aside: ``0`` and ``0.0`` are the same), ``changed``,
    ``added`` or ``removed`` (``absent``: in neither release). Every
    status the site shows comes from here."""
    if not in_old and not in_new:
        return "absent"
    if not in_old:
        return "added"
    if not in_new:
        return "removed"
    return "same" if same_value(old, new) else "changed"
