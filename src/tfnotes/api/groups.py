"""Where each API is shown: the generated pages, grouped as TF's docs group
them, and the id of every argument's entry on its page.

Standard library only, Python 3.8: both TF worlds and the build use it.
"""

import re
from collections import OrderedDict
from typing import Dict, Iterable, List, Tuple

from tfnotes.api import walk

# (page slug, title), in nav order. Layers are grouped by kind.
PAGES = OrderedDict([
    ("models", "Model, Sequential, models"),
    ("model-methods", "Model and Sequential methods"),
    ("layers-core", "Layers: core"),
    ("layers-convolution", "Layers: convolution"),
    ("layers-pooling", "Layers: pooling"),
    ("layers-recurrent", "Layers: recurrent"),
    ("layers-normalization", "Layers: normalization"),
    ("layers-regularization", "Layers: regularization"),
    ("layers-attention", "Layers: attention"),
    ("layers-reshaping", "Layers: reshaping"),
    ("layers-merging", "Layers: merging"),
    ("layers-activation", "Layers: activation"),
    ("layers-preprocessing", "Layers: preprocessing"),
    ("losses", "Losses"),
    ("metrics", "Metrics"),
    ("optimizers", "Optimizers and schedules"),
    ("callbacks", "Callbacks"),
    ("initializers", "Initializers"),
    ("regularizers", "Regularizers and constraints"),
    ("activations", "Activations"),
    ("utils", "Utils"),
    ("preprocessing", "Preprocessing (image, sequence, text)"),
    ("applications", "Applications"),
    ("datasets", "Datasets"),
    ("mixed_precision", "Mixed precision"),
    ("backend", "Backend"),
    ("other", "Experimental, estimator, wrappers"),
])
FOLDER = "api"

# Layer kinds by class name, first match wins; then by defining module.
_LAYER_NAMES = [
    (r"Cropping|UpSampling|ZeroPadding|^Reshape$|^Flatten$|RepeatVector|^Permute$", "reshaping"),
    (r"Dropout|GaussianNoise|ActivityRegularization", "regularization"),
    (r"ConvLSTM|RNN|LSTM|GRU|Cell$|Bidirectional|TimeDistributed", "recurrent"),
    (r"Conv", "convolution"),
    (r"Pool", "pooling"),
    (r"Attention", "attention"),
    (r"^(Add|Subtract|Multiply|Average|Maximum|Minimum|Concatenate|Dot)$", "merging"),
    (r"^(add|subtract|multiply|average|maximum|minimum|concatenate|dot)$", "merging"),
    (r"^(ReLU|Softmax|ELU|LeakyReLU|PReLU|ThresholdedReLU)$", "activation"),
]


def _layer_kind(name: str, module: str) -> str:
    if ".preprocessing" in module:
        return "preprocessing"
    for pattern, kind in _LAYER_NAMES:
        if re.search(pattern, name):
            return kind
    if "normalization" in module or name.endswith("Normalization"):
        return "normalization"
    return "core"


def page_of(path: str, module: str = "") -> str:
    """The slug of the page that shows ``path`` (``layers-convolution``)."""
    parts = path.split(".")
    if len(parts) < 3:
        return "other"
    if parts[2] in ("Model", "Sequential") and len(parts) > 3:
        return "model-methods"
    if path.rsplit(".", 1)[0] in walk.BASES:  # Metric.reset_state: beside Metric
        return page_of(path.rsplit(".", 1)[0], module)
    if len(parts) == 3 or parts[2] == "models":
        return "models"
    top = parts[2]
    if top == "layers":
        if "preprocessing" in parts:
            return "layers-preprocessing"
        return "layers-" + _layer_kind(parts[-1], module)
    if top == "constraints":
        return "regularizers"
    if top in PAGES:
        return top
    return "other"


def short(path: str) -> str:
    """``tf.keras.layers.Conv2D`` -> ``conv2d``: the prefix of its ids."""
    return path.rsplit(".", 1)[-1].lower()


def api_id(path: str) -> str:
    """The id of an API's heading: its dotted path after ``tf.keras.``."""
    return re.sub(r"[^\w]+", "-", path[len("tf.keras."):]).lower()


def layout(apis: Dict[str, Dict[str, object]]) -> "OrderedDict[str, List[str]]":
    """``{slug: [api path, ...]}`` for every page, in nav order."""
    pages: "OrderedDict[str, List[str]]" = OrderedDict((slug, []) for slug in PAGES)
    for path in sorted(apis):
        pages[page_of(path, apis[path].get("module", ""))].append(path)
    return pages


def anchors(paths: Iterable[str], params_of) -> Dict[Tuple[str, str], str]:
    """Unique ids of the entries of one page: ``conv2d-padding``; where
    two APIs of the page share a short name (``Hinge`` and ``hinge``),
    the later one's ids take its whole path (``losses-hinge-y_true``)."""
    taken = set()
    out = {}
    for path in paths:
        for name in params_of(path):
            bare = name.lstrip("*")
            for candidate in ("%s-%s" % (short(path), bare), "%s-%s" % (api_id(path), bare)):
                if candidate not in taken:
                    break
            else:
                number = 2
                while "%s-%d" % (candidate, number) in taken:
                    number += 1
                candidate = "%s-%d" % (candidate, number)
            taken.add(candidate)
            out[(path, name)] = candidate
    return out


def where_shown(apis: Dict[str, Dict[str, object]]) -> Dict[Tuple[str, str], str]:
    """``{(api, argument): "api/<page>.md#<id>"}`` for a world's data."""
    out = {}
    for slug, paths in layout(apis).items():
        ids = anchors(paths, lambda p: [q["name"] for q in apis[p]["params"] or []])
        for key, anchor in ids.items():
            out[key] = "%s/%s.md#%s" % (FOLDER, slug, anchor)
    return out
