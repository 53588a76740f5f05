"""The page "Release by release", on toy releases and a toy history."""

from tfnotes.history import changes, releases
from tfnotes.site import releasepage

TOY = {
    "releases": ["2.10", "2.11", "2.12"],
    "apis": {"tf.keras.optimizers.Adam": {
        "lr": [["2.10", "2.10", "0.001", "kwargs"], ["2.11", "2.12", "0.001", "ignored"]]}},
    "present": {"tf.keras.optimizers.Adam": [["2.10", "2.12"]],
                "tf.keras.Model.predict_classes": [["2.10", "2.10"]]},
    "moved": {},
}


def test_notes_of_a_keras_2_and_a_keras_3_release():
    tf = releases.Release("2.11", (3, 8), ("tensorflow-cpu==2.11.1", "numpy<1.24"))
    keras = releases.Release("3.0", (3, 11), ("keras==3.0.5", "tensorflow-cpu==2.16.2"))
    assert releasepage.notes(tf) == (
        "TensorFlow 2.11.1", "https://github.com/tensorflow/tensorflow/releases/tag/v2.11.1")
    assert releasepage.notes(keras) == ("Keras 3.0.5", "https://github.com/keras-team/keras/releases/tag/v3.0.5")


def test_a_section_has_a_stable_id_its_counts_and_its_rows():
    found = {c.release: c for c in changes.release_changes(TOY)}
    text = releasepage.section(found["2.11"])
    assert text.startswith("## Release 2.11 { #release-2-11 }")
    assert "Fates changed: 1</summary>" in text
    assert "Removed: 1" not in text and "APIs removed: 1</summary>" in text
    assert "<td><code>lr</code></td><td>**kwargs</td><td>ignored</td>" in text
    assert "data-search-exclude" in text


def test_a_release_without_changes_says_so():
    found = {c.release: c for c in changes.release_changes(TOY)}
    assert "No change in the public API." in releasepage.section(found["2.12"])
