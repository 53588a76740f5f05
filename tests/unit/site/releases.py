"""Two releases' data (``data/api/<release>.json``) small enough to read."""

from tfnotes.api import pairing


def _api(kind, params):
    return {"kind": kind, "aliases": [], "module": "keras.losses",
            "params": [{"name": n, "default": d, "kind": "positional or keyword"} for n, d in params]}


TF24 = {"tensorflow": "2.4.4", "apis": {
    "tf.keras.losses.BinaryCrossentropy": _api("class", [
        ("from_logits", "False"), ("label_smoothing", "0"), ("reduction", "'auto'"),
        ("name", "'binary_crossentropy'")]),
    "tf.keras.utils.to_categorical": _api("function", [("y", "required"), ("dtype", "'float32'")]),
}}
KERAS3 = {"tensorflow": "2.21.0", "apis": {
    "tf.keras.losses.BinaryCrossentropy": _api("class", [
        ("from_logits", "False"), ("label_smoothing", "0.0"), ("axis", "-1"),
        ("reduction", "'sum_over_batch_size'"), ("name", "'binary_crossentropy'")]),
    "tf.keras.utils.to_categorical": _api("function", [("x", "required")]),
}}
RELEASES = {"tf24": TF24, "keras3": KERAS3}


def entries(notes=None):
    return pairing.build(RELEASES, notes or {})


def argument(entries, api, name):
    entry = next(e for e in entries if e.path == api)
    return entry, next(a for a in entry.arguments if a.name == name)
