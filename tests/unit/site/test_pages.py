"""tfnotes.site.pages: What changed and All defaults from the model."""

from pathlib import Path

from tfnotes import argtables
from tfnotes.site import notes, pages
from tests.unit.site.releases import RELEASES, entries
from tests.unit.site.test_notes import PAGE


def _notes():
    (table,) = argtables.parse(Path("docs/losses.md"), PAGE)
    return notes.arguments(table, RELEASES, "losses.md")


def _url_of(src):
    return src[:-3] + "/"


def test_a_change_of_spelling_is_no_changed_default():
    text = pages.notes_changes(_notes(), "keras3.md", [], 0, {})
    changed = text.split("## Defaults that changed", 1)[1].split("## Arguments removed", 1)[0]
    assert "label_smoothing" not in changed and "None." in changed
    added = text.split("## Arguments added", 1)[1].split("## Snippets", 1)[0]
    assert "[`axis`](losses.md#binarycrossentropy-axis)" in added


def test_all_defaults_links_each_row_from_its_page():
    table = pages.all_defaults_table(_notes(), "defaults/", _url_of)
    assert table.count("<tr data-tfn-api=") == 3
    assert '<a href="../losses/#binarycrossentropy-axis"><code>axis</code></a>' in table
    assert "<td><code>0.0</code></td>" in table  # no "(changed)"
    assert "<td><code>-1</code> (added)</td>" in table
    assert '<tr data-tfn-api="tf.keras.losses.BinaryCrossentropy" data-tfn-arg="axis">' in table
    assert "<select" not in table  # no releases, no picker


def test_all_defaults_offers_the_releases_it_is_given():
    table = pages.all_defaults_table(_notes(), "defaults/", _url_of, ["2.4", "2.5"])
    assert '<label for="tfn-release">' in table and '<select id="tfn-release"' in table
    assert "<option>2.4</option><option>2.5</option>" in table


def test_whole_api_changes_counts_and_links():
    found = entries()
    text = pages.whole_api_changes(found, {}, "keras3/", lambda src: src[:-3] + "/")
    assert "| `tf.keras.losses` | 1 | 1 | 0 | 0 | 5 | 3 | 1 | 1 | 0 |" in text
    assert "1 arguments: same argument" in text  # reduction; not label_smoothing


def test_nav_gains_the_section_once_before_all_defaults():
    nav = [{"Home": "index.md"}, {"All defaults": "defaults.md"}]
    by_group = {}
    for entry in entries():
        by_group.setdefault(entry.page, []).append(entry)
    pages.add_to_nav(nav, by_group)
    pages.add_to_nav(nav, by_group)
    assert [list(item)[0] for item in nav] == ["Home", "API defaults", "All defaults"]
