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
