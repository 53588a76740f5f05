"""The differences between consecutive releases, on a toy history."""

from tfnotes.history import changes

TOY = {
    "releases": ["2.4", "2.5", "2.6", "3.0"],
    "apis": {
        "tf.keras.optimizers.Adam": {
            "learning_rate": [["2.4", "2.6", "0.001"], ["3.0", "3.0", "0.001"]],
            "lr": [["2.4", "2.5", "0.001", "kwargs"], ["2.6", "2.6", "0.001", "ignored"]],
            "name": [["2.4", "2.6", "'Adam'"], ["3.0", "3.0", "'adam'"]],
            "epsilon": [["2.4", "2.4", "1e-07"], ["2.5", "2.6", "1e-7"], ["3.0", "3.0", "1e-07"]],
            "jit_compile": [["2.5", "3.0", "True"]],
        },
        "tf.keras.Model.fit": {"epochs": [["2.4", "3.0", "1"]]},
    },
    "present": {
        "tf.keras.optimizers.Adam": [["2.4", "3.0"]],
        "tf.keras.Model.fit": [["2.4", "3.0"]],
        "tf.keras.Sequential.predict_classes": [["2.4", "2.5"]],
        "tf.keras.experimental.CosineDecay": [["2.4", "2.6"]],
        "tf.keras.optimizers.schedules.CosineDecay": [["3.0", "3.0"]],
        "tf.keras.ops.stack": [["3.0", "3.0"]],
    },
    "moved": {
        "tf.keras.Sequential.predict_classes": [["2.6", "removed", "tf.keras.Model.predict"]],
        "tf.keras.experimental.CosineDecay": [["3.0", "moved", "tf.keras.optimizers.schedules.CosineDecay"]],
    },
}


def by_release():
    return {c.release: c for c in changes.release_changes(TOY)}


def test_one_entry_per_release_after_the_first():
    assert [(c.previous, c.release) for c in changes.release_changes(TOY)] == [
        ("2.4", "2.5"), ("2.5", "2.6"), ("2.6", "3.0")]


def test_fate_change_is_found_with_both_marks():
    assert by_release()["2.6"].fates == [
        ("tf.keras.optimizers.Adam", "lr", ("0.001", "kwargs"), ("0.001", "ignored"))]


def test_default_change_across_the_major_version_and_not_a_respelling():
    found = {c.release: c.defaults for c in changes.release_changes(TOY)}
    assert found["3.0"] == [("tf.keras.optimizers.Adam", "name", ("'Adam'", None), ("'adam'", None))]
    assert found["2.5"] == []  # 1e-07 and 1e-7: the same value


def test_arguments_added_and_removed():
    found = by_release()
    assert found["2.5"].args_added == [("tf.keras.optimizers.Adam", "jit_compile", ("True", None))]
    assert found["3.0"].args_removed == [("tf.keras.optimizers.Adam", "lr", ("0.001", "ignored"))]


def test_apis_removed_moved_and_added_without_the_move_target():
    found = by_release()
    assert found["2.6"].removed == [("tf.keras.Sequential.predict_classes", "tf.keras.Model.predict")]
    assert found["3.0"].moved == [("tf.keras.experimental.CosineDecay",
                                   "tf.keras.optimizers.schedules.CosineDecay")]
    assert found["3.0"].added == ["tf.keras.ops.stack"]


def test_counts_per_module():
    assert by_release()["3.0"].counts() == {
        "tf.keras.experimental": {"APIs moved": 1},
        "tf.keras.ops": {"APIs added": 1},
        "tf.keras.optimizers": {"arguments removed": 1, "defaults changed": 1},
    }


def test_module_of_a_path():
    assert changes.module("tf.keras.Model.fit") == "tf.keras"
    assert changes.module("tf.keras.layers.Dense") == "tf.keras.layers"
    assert changes.module("tf.keras.ops.image.resize") == "tf.keras.ops.image"


def test_changed_in_lists_each_release_of_a_change_once_in_order():
    history = {
        "releases": ["2.4", "2.5", "2.6", "3.0"],
        "present": {"tf.keras.X": [["2.4", "2.6"], ["3.0", "3.0"]]},
        "apis": {"tf.keras.X": {
            "lr": [["2.4", "2.5", "0.001", "kwargs"], ["2.6", "2.6", "0.01", "ignored"]],
            "rate": [["2.4", "2.6", "0.5"], ["3.0", "3.0", "0.5"]],
            "new": [["2.5", "2.6", "1"]]}},
    }
    found = changes.changed_in(changes.release_changes(history))
    # 2.6: default and fate both changed, listed once; 3.0: lr removed
    assert found[("tf.keras.X", "lr")] == ["2.6", "3.0"]
    assert found[("tf.keras.X", "new")] == ["2.5", "3.0"]
    assert ("tf.keras.X", "rate") not in found  # the same value across the majors
