"""tfnotes.api.searchtags: how many completing tags each word of an
argument's entry gets (the whole index's ranking is checked with the
site's own search in tests/site/test_search_ranking.py)."""

from tfnotes.api import model, searchtags


def _entry(path, *args, kind="class", notes=()):
    entry = model.ApiEntry(path, kind, "api/x.md", [], {})
    nowhere = {release: "None" for release in model.RELEASES}
    entry.arguments = [model.Argument(path, a, dict(nowhere), {r: a for r in model.RELEASES},
                                      notes=("x.md", a) if a in notes else None) for a in args]
    return entry


def _matching(tags, typed):
    """The tags a typed word completes (material appends a wildcard)."""
    return sum(1 for t in tags if t.startswith(typed))


def test_height_is_the_longest_chain_of_words_extending_a_word():
    assert searchtags.heights(["conv", "conv2d", "conv2d_transpose", "conv1d", "x"]) == {
        "conv": 2, "conv2d": 1, "conv2d_transpose": 0, "conv1d": 0, "x": 0}


def test_height_not_the_count_of_extending_words():
    # Many leaves extend "model" (model_dir, model_path, ...): one level.
    words = ["model"] + ["model_%s" % s for s in "abcdefgh"]
    assert searchtags.heights(words)["model"] == 1


def test_typing_a_name_completes_its_own_entry_more_than_a_longer_names():
    entries = [_entry("tf.keras.A", "name"), _entry("tf.keras.B", "name_scope")]
    tagger = searchtags.Tagger(entries)
    own = tagger.tags(entries[0], entries[0].arguments[0], False)
    longer = tagger.tags(entries[1], entries[1].arguments[0], False)
    assert _matching(own, "name") > _matching(longer, "name")
    assert _matching(longer, "name_scope") >= 1 and _matching(own, "name_scope") == 0


def test_a_word_no_other_extends_has_no_completing_tags():
    entries = [_entry("tf.keras.Dense", "units")]
    tagger = searchtags.Tagger(entries)
    assert tagger.tags(entries[0], entries[0].arguments[0], False) == ["units", "dense"]


def test_a_short_name_is_lifted_over_an_entry_with_several_words_extending_it():
    # Typing "l": Layer.add_loss's "loss" entry matches "l" with three
    # words (loss, layer and its completing tags); the name "l" must win.
    entries = [_entry("tf.keras.regularizers.L9", "l"),
               _entry("tf.keras.layers.Layer.add_loss", "loss", kind="method"),
               _entry("tf.keras.layers.Layer", "loss_scale"),
               _entry("tf.keras.Layers", "x")]
    tagger = searchtags.Tagger(entries)
    assert tagger.lift.get("l", 0) > 0
    scores = {}
    for entry in entries:
        for arg in entry.arguments:
            tags = tagger.tags(entry, arg, False)
            scores[arg.name] = (_matching(tags, "l"), sum(1 for t in tags if t.startswith("l") and "__" not in t))
    own_tags = scores["l"][0] - scores["l"][1]
    assert all(own_tags >= total for name, (total, _) in scores.items() if name != "l"), scores


def test_completing_tags_are_unique_in_the_index():
    entries = [_entry("tf.keras.A", "name", "names"), _entry("tf.keras.B", "name")]
    tagger = searchtags.Tagger(entries)
    tags = [t for e in entries for a in e.arguments for t in tagger.tags(e, a, False) if "__" in t]
    assert tags and len(tags) == len(set(tags))


def test_a_notes_entry_has_one_more_for_its_name():
    entries = [_entry("tf.keras.A", "name", notes=("name",)), _entry("tf.keras.B", "name"),
               _entry("tf.keras.C", "name_scope")]
    tagger = searchtags.Tagger(entries)
    noted = tagger.tags(entries[0], entries[0].arguments[0], True)
    plain = tagger.tags(entries[1], entries[1].arguments[0], False)
    assert _matching(noted, "name") == _matching(plain, "name") + 1
