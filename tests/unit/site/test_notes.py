"""tfnotes.site.notes: the notes' tables as model arguments."""

from pathlib import Path

import pytest

from tfnotes import argtables
from tfnotes.history import summary
from tfnotes.site import notes
from tests.unit.site.releases import RELEASES, entries

PAGE = """# Losses

<!-- args: tf.keras.losses.BinaryCrossentropy -->
| Argument | Description |
| --- | --- |
| `from_logits` | Logits or not. |
| `label_smoothing` | Smoothing. |
| `axis` | Axis. |
"""


def _table(text=PAGE):
    (table,) = argtables.parse(Path("docs/losses.md"), text)
    return table


def test_arguments_carry_both_releases_and_one_status():
    args = notes.arguments(_table(), RELEASES, "losses.md")
    assert [(a.name, a.values, a.status) for a in args] == [
        ("from_logits", {"tf24": "False", "keras3": "False"}, "same"),
        ("label_smoothing", {"tf24": "0", "keras3": "0.0"}, "same"),  # 0 is 0.0
        ("axis", {"tf24": None, "keras3": "-1"}, "added"),
    ]
    assert args[2].notes == ("losses.md", "binarycrossentropy-axis") and not args[2].in_old


def test_a_row_for_no_argument_names_its_line():
    with pytest.raises(notes.NotesError, match=r"docs/losses.md:9: .* has no argument 'colour'"):
        notes.arguments(_table(PAGE + "| `colour` | Made up. |\n"), RELEASES, "losses.md")


def test_an_api_missing_from_the_data_names_the_table():
    text = PAGE.replace("losses.BinaryCrossentropy", "losses.Nothing")
    with pytest.raises(notes.NotesError, match=r"docs/losses.md:3: no TF 2.4 defaults for tf.keras.losses.Nothing in data/api/tf24.json"):
        notes.arguments(_table(text), RELEASES, "losses.md")


def test_markdown_table():
    entry = next(e for e in entries() if e.path == "tf.keras.losses.BinaryCrossentropy")
    lines = notes.markdown_table(entry, notes.arguments(_table(), RELEASES, "losses.md"))
    assert lines[0] == "| Argument | TF 2.4 default | Keras 3 | Description |"
    assert lines[3].endswith("| <code>0</code> | <code>0.0</code> | Smoothing. |")
    assert "BinaryCrossentropy · </span><code>label_smoothing</code>" in lines[3]
    assert '<span class="tfn-added">not in 2.4</span>' in lines[4]
    assert "<details" not in "".join(lines)  # no history given


def test_markdown_table_shows_a_history_after_the_heading():
    entry = next(e for e in entries() if e.path == "tf.keras.losses.BinaryCrossentropy")
    found = summary.History(["added in 2.6"], ["2.6–2.7: -1"])
    lines = notes.markdown_table(entry, notes.arguments(_table(), RELEASES, "losses.md"),
                                 lambda arg: found if arg.name == "axis" else None)
    assert "".join(lines).count("<details") == 1
    assert ('</h3><details class="tfn-history"><summary>added in 2.6</summary> 2.6–2.7: -1</details> |'
            in lines[4])


def test_documented(tmp_path):
    (tmp_path / "losses.md").write_text(PAGE, encoding="utf-8")
    assert notes.documented(tmp_path)[("tf.keras.losses.BinaryCrossentropy", "axis")] == (
        "losses.md", "binarycrossentropy-axis")
