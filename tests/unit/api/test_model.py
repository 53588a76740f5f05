"""tfnotes.api.model and the status of tfnotes.api.counterparts: one
status for every page, a value per release."""

import pytest

from tests.unit.site.releases import TF24, argument, entries
from tfnotes.api import counterparts, model


@pytest.mark.parametrize("old, new, present, expected", [
    ("0", "0.0", (True, True), "same"),  # spelling only
    ("True", "1", (True, True), "changed"),  # a bool is no number
    ("'auto'", "'sum_over_batch_size'", (True, True), "changed"),
    (None, "-1", (False, True), "added"),
    ("'float32'", None, (True, False), "removed"),
])
def test_status(old, new, present, expected):
    assert counterparts.status(old, new, *present) == expected


def test_each_argument_holds_a_value_per_release():
    _, arg = argument(entries(), "tf.keras.losses.BinaryCrossentropy", "label_smoothing")
    assert arg.values == {"tf24": "0", "keras3": "0.0"}
    assert (arg.old, arg.new, arg.status) == ("0", "0.0", "same")
    assert set(arg.values) == set(model.RELEASES)


def test_statuses_of_a_whole_api():
    entry, _ = argument(entries(), "tf.keras.losses.BinaryCrossentropy", "name")
    assert {a.name: a.status for a in entry.arguments} == {
        "from_logits": "same", "label_smoothing": "same", "reduction": "changed",
        "name": "same", "axis": "added"}


def test_a_renamed_argument_is_paired():
    _, arg = argument(entries(), "tf.keras.utils.to_categorical", "y")
    assert (arg.new_name, arg.status) == ("x", "same")


def test_signature_by_path_and_alias():
    data = {"apis": {"tf.keras.Layer": {"aliases": ["tf.keras.layers.Layer"],
                                        "params": [{"name": "trainable", "default": "True"}]}}}
    assert model.signature(data, "tf.keras.layers.Layer") == {"trainable": "True"}
    assert model.signature(data, "tf.keras.Layer") == {"trainable": "True"}
    assert model.signature(data, "tf.keras.Nothing") is None
    assert model.signature(TF24, "tf.keras.utils.to_categorical") == {"y": "required", "dtype": "'float32'"}


def test_title_names_the_api_and_both_releases():
    found = entries()
    assert model.title(*argument(found, "tf.keras.losses.BinaryCrossentropy", "reduction")) == (
        "BinaryCrossentropy · reduction = 'auto' · Keras 3: 'sum_over_batch_size'")
    assert model.title(*argument(found, "tf.keras.losses.BinaryCrossentropy", "axis")) == (
        "BinaryCrossentropy · axis (not in 2.4) · Keras 3: -1")
    assert model.title(*argument(found, "tf.keras.utils.to_categorical", "dtype")) == (
        "to_categorical · dtype = 'float32' · Keras 3: removed")


def _api(*params, extras=()):
    return {"kind": "class", "aliases": [], "module": "keras.layers",
            "params": [{"name": n, "default": d, "kind": "positional or keyword"} for n, d in params],
            "extras": [{"name": n, "default": d} for n, d in extras]}


# Three releases, oldest first: a default that changes in the middle one,
# one that changes spelling only, an argument added then removed, one
# renamed in the last (counterparts.RENAMED), one hidden in **kwargs that
# becomes a named argument, and an API gone from the last.
THREE = {
    "tf24": {"apis": {
        "tf.keras.layers.LeakyReLU": _api(("alpha", "0.3"), ("rate", "0"), extras=[("input_shape", None)]),
        "tf.keras.layers.Gone": _api(("units", "required")),
    }},
    "tf215": {"apis": {
        "tf.keras.layers.LeakyReLU": _api(("alpha", "0.2"), ("rate", "0.0"), ("jit", "False"),
                                          extras=[("input_shape", None)]),
        "tf.keras.layers.Gone": _api(("units", "required")),
    }},
    "keras3": {"apis": {
        "tf.keras.layers.LeakyReLU": _api(("negative_slope", "0.2"), ("rate", "0.0"),
                                          ("input_shape", "None")),
    }},
}
ORDER = list(THREE)


def _three():
    return {e.path: {a.name: a for a in e.arguments} for e in model.build(THREE)}


def test_every_release_has_a_value_and_a_name():
    alpha = _three()["tf.keras.layers.LeakyReLU"]["alpha"]
    assert alpha.values == {"tf24": "0.3", "tf215": "0.2", "keras3": "0.2"}
    assert alpha.names == {"tf24": "alpha", "tf215": "alpha", "keras3": "negative_slope"}


def test_status_between_any_two_releases():
    args = _three()["tf.keras.layers.LeakyReLU"]
    assert [args["alpha"].status_between(*pair) for pair in zip(ORDER, ORDER[1:])] == ["changed", "same"]
    assert args["rate"].status_between("tf24", "keras3") == "same"  # 0 is 0.0
    jit = args["jit"]
    assert [jit.status_between(*pair) for pair in zip(ORDER, ORDER[1:])] == ["added", "removed"]
    assert jit.status_between("tf24", "keras3") == "absent"
    assert jit.status == "absent"  # the pages' two releases have it in neither


def test_history_runs_over_all_releases():
    args = _three()["tf.keras.layers.LeakyReLU"]
    assert args["alpha"].history(ORDER) == [("tf24", "tf24", "0.3"), ("tf215", "keras3", "0.2")]
    assert args["rate"].history(ORDER) == [("tf24", "keras3", "0")]
    assert args["jit"].history(ORDER) == [("tf215", "tf215", "False")]


def test_an_argument_out_of_kwargs_is_one_entry():
    args = _three()["tf.keras.layers.LeakyReLU"]
    hidden = args["input_shape"]
    assert hidden.extra and hidden.names == {r: "input_shape" for r in ORDER}
    assert hidden.values == {"tf24": None, "tf215": None, "keras3": "None"}
    assert hidden.history(ORDER) == [("tf24", "keras3", None)]
    entry = next(e for e in model.build(THREE) if e.path == "tf.keras.layers.LeakyReLU")
    assert [a.name for a in entry.arguments] == ["alpha", "rate", "jit", "input_shape"]


def test_an_api_gone_from_a_release():
    entry = next(e for e in model.build(THREE) if e.path == "tf.keras.layers.Gone")
    assert {r: c["path"] for r, c in entry.counterparts.items()} == {
        "tf24": "tf.keras.layers.Gone", "tf215": "tf.keras.layers.Gone", "keras3": None}
    (units,) = entry.arguments
    assert units.status_between("tf24", "tf215") == "same"
    assert units.status == "removed"
