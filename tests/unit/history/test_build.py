"""tfnotes.history.build: history.json from toy release data."""

from tfnotes.history import build

POSITIONAL = "positional or keyword"


def adam(learning_rate, lr_fate, lr_in_source=True):
    params = [["learning_rate", learning_rate, POSITIONAL], ["**kwargs", None, "**kwargs"]]
    lr = {"default": "learning_rate", "fate": lr_fate,
          "source": "Adam.__init__" if lr_in_source else "carried"}
    return {"kind": "class", "params": params, "extras": {"lr": lr},
            "config": {"learning_rate": learning_rate}}


def release(**apis):
    return {"apis": {"tf.keras.optimizers." + k: v for k, v in apis.items()}}


NAMES = ["2.10", "2.11", "2.15", "3.0"]
DATAS = [
    release(Adam=adam("0.001", "honoured"), SGD={"kind": "class", "params": []}),
    release(Adam=adam("0.001", "ignored", False)),
    release(Adam=adam("0.001", "ignored", False)),
    release(Adam=adam("0.001", "rejected", False)),
]


def test_the_shape_issue_17_asks_for():
    found = build.history(NAMES, DATAS)
    assert found["releases"] == NAMES
    assert found["apis"]["tf.keras.optimizers.Adam"] == {
        "learning_rate": [["2.10", "2.15", "0.001"], ["3.0", "3.0", "0.001"]],
        "lr": [["2.10", "2.10", "0.001", "kwargs"], ["2.11", "2.15", "0.001", "ignored"],
               ["3.0", "3.0", "0.001", "rejected"]],
    }


def test_stars_are_no_arguments_and_a_hidden_default_names_a_parameter():
    assert build.arguments(adam("0.01", "honoured")) == {
        "learning_rate": ("0.01", None), "lr": ("0.01", "kwargs")}


def test_a_hidden_default_that_names_nothing_is_kept_and_none_stays_none():
    assert build.hidden_default("0.0", {"learning_rate": "0.001"}) == "0.0"
    assert build.hidden_default(None, {"learning_rate": "0.001"}) is None


def test_presence_config_and_what_became_of_a_missing_api():
    found = build.history(NAMES, DATAS)
    assert found["present"]["tf.keras.optimizers.SGD"] == [["2.10", "2.10"]]
    assert found["moved"] == {"tf.keras.optimizers.SGD": [["2.11", "removed", None]]}
    assert found["config"]["tf.keras.optimizers.Adam"] == {"learning_rate": [["2.10", "2.15", "0.001"], ["3.0", "3.0", "0.001"]]}


def test_a_move_the_counterparts_table_knows():
    old = {"apis": {"tf.keras.layers.experimental.preprocessing.Rescaling": {"kind": "class", "params": []}}}
    new = {"apis": {"tf.keras.layers.Rescaling": {"kind": "class", "params": []}}}
    assert build.moved(["2.5", "2.6"], [old, new]) == {
        "tf.keras.layers.experimental.preprocessing.Rescaling": [["2.6", "moved", "tf.keras.layers.Rescaling"]]}
