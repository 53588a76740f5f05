"""tfnotes.api.pairing over three releases: every argument's name and
value in each, the status between any two (tfnotes.api.model.compare) and
its history over all."""

from tfnotes.api import pairing


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
    return {e.path: {a.name: a for a in e.arguments} for e in pairing.build(THREE)}


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
    entry = next(e for e in pairing.build(THREE) if e.path == "tf.keras.layers.LeakyReLU")
    assert [a.name for a in entry.arguments] == ["alpha", "rate", "jit", "input_shape"]


def test_an_api_gone_from_a_release():
    entry = next(e for e in pairing.build(THREE) if e.path == "tf.keras.layers.Gone")
    assert {r: c["path"] for r, c in entry.counterparts.items()} == {
        "tf24": "tf.keras.layers.Gone", "tf215": "tf.keras.layers.Gone", "keras3": None}
    (units,) = entry.arguments
    assert units.status_between("tf24", "tf215") == "same"
    assert units.status == "removed"


def test_a_constructor_tried_says_before_the_later_release_kwargs():
    tried = {"tf.keras.layers.Gone": {"dtype": "accepted", "name": "refused: TypeError: name"}}
    releases = {
        "tf24": {"apis": {"tf.keras.layers.Gone": _api(extras=[("dtype", "None"), ("name", "None")])}},
        "keras3": {"tf24_extras": tried,
                   "apis": {"tf.keras.layers.Gone": _api(extras=[("dtype", "'float32'"), ("name", "None")])}},
    }
    (entry,) = pairing.build(releases)
    dtype, name = entry.arguments
    assert (dtype.new, dtype.status) == ("accepted in **kwargs", "same")
    assert (name.new_name, name.status) == (None, "removed")
