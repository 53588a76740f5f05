"""tfnotes.site.search: every argument entry titled alike and tagged."""

from tests.unit.site.releases import argument, entries
from tests.unit.site.test_pages import _notes, _url_of
from tfnotes.site import search


def _index():
    notes = _notes()
    found = entries({("tf.keras.losses.BinaryCrossentropy", a.name): a.notes for a in notes})
    entry, reduction = argument(found, "tf.keras.losses.BinaryCrossentropy", "reduction")
    docs = [
        {"location": "losses/#binarycrossentropy-label_smoothing", "text": "",
         "title": "BinaryCrossentropy · <code>label_smoothing</code> = 0 · Keras 3: 0.0"},
        {"location": "api/losses/#%s" % reduction.anchor, "text": "a row",
         "title": "BinaryCrossentropy · <code>reduction</code> = 'auto' · Keras 3: 'sum_over_batch_size'"},
        {"location": "api/losses/#%s" % entry.id, "text": "the API's heading", "title": "BinaryCrossentropy"},
        {"location": "contributing/#tfnotes.site.search", "text": "generated reference", "title": "x"},
    ]
    return search.index(docs, found, notes, _url_of)


def test_notes_and_generated_entries_share_the_title_format():
    docs = _index()
    assert [d["title"] for d in docs[:2]] == [
        "BinaryCrossentropy · label_smoothing = 0 · Keras 3: 0.0",
        "BinaryCrossentropy · reduction = 'auto' · Keras 3: 'sum_over_batch_size'"]


def test_entries_are_tagged_with_their_argument_and_api():
    docs = _index()
    assert docs[0][search.FIELD][:2] == ["label_smoothing", "binarycrossentropy"]
    assert docs[1][search.FIELD][:2] == ["reduction", "binarycrossentropy"]


def test_generated_text_and_the_reference_are_left_out():
    docs = _index()
    assert [d["text"] for d in docs] == ["", "", ""]
    assert not [d for d in docs if d["location"].startswith("contributing/")]


def test_the_tags_field_is_renamed_with_its_boost():
    found = {"lang": ["en"], "fields": {"title": {"boost": 1e3}, "text": {"boost": 1.0},
                                       "tags": {"boost": 1e6}}}
    assert search.config(found) == {"lang": ["en"], "fields": {
        "title": {"boost": 1e3}, "text": {"boost": 1.0}, search.FIELD: {"boost": 1e6}}}
    assert "tags" in found["fields"]  # the given config is left as it was
    assert not [d for d in _index() if "tags" in d]
