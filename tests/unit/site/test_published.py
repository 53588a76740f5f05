"""tfnotes.site.published: defaults.json and api/all.json."""

import json

from tfnotes.site import published
from tests.unit.site.releases import entries
from tests.unit.site.test_pages import _notes, _url_of


def test_defaults_json_holds_the_notes_and_the_whole_api():
    data = json.loads(published.defaults_json({"tf24": "2.4.4", "keras3": "2.21.0"}, _notes(), entries(),
                                              _url_of, "https://example.org/"))
    assert data["tensorflow"] == {"tf24": "2.4.4", "keras3": "2.21.0"}
    smoothing = data["arguments"][1]
    assert (smoothing["argument"], smoothing["status"], smoothing["url"]) == (
        "label_smoothing", "same", "https://example.org/losses/#binarycrossentropy-label_smoothing")
    assert len(data["api"]) == sum(len(e.arguments) for e in entries())


def test_all_rows():
    rows = json.loads(published.all_rows(entries(), _url_of))
    row = next(r for r in rows if r[1] == "axis")
    assert row[:5] == ["tf.keras.losses.BinaryCrossentropy", "axis", "(not in 2.4)", "-1", "added"]
