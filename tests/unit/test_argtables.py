"""tfnotes.argtables: argument tables read from the pages."""

from pathlib import Path

import pytest

from tfnotes import argtables

PAGE = Path("docs/layers/dense.md")
TABLE = """# Dense

<!-- args: tf.keras.layers.Dense -->
| Argument | Description |
| --- | --- |
| `units` | Size of the output. |
| `**kwargs` | Passed on to `Layer`. |

Text after the table.
"""


def test_parse_reads_api_rows_and_lines():
    (table,) = argtables.parse(PAGE, TABLE)
    assert (table.page, table.line, table.api, table.end) == (PAGE, 3, "tf.keras.layers.Dense", 7)
    assert [(r.name, r.description, r.line) for r in table.rows] == [
        ("units", "Size of the output.", 6),
        ("**kwargs", "Passed on to `Layer`.", 7),
    ]


def test_anchor_is_short_api_and_argument():
    (table,) = argtables.parse(PAGE, TABLE)
    assert table.short == "dense"
    assert table.anchor("units") == "dense-units"
    assert table.anchor("**kwargs") == "dense-kwargs"


def test_a_table_ends_at_the_first_line_that_is_not_a_row():
    (table,) = argtables.parse(PAGE, TABLE + "| `use_bias` | after the text: another table |\n")
    assert [r.name for r in table.rows] == ["units", "**kwargs"]
    assert table.end == 7


def test_a_marker_inside_a_code_block_is_an_example():
    text = "```markdown\n<!-- args: tf.keras.layers.Dense -->\n| Argument |\n```\n"
    assert argtables.parse(PAGE, text) == []


def test_two_tables_on_a_page():
    text = TABLE + "\n" + TABLE.replace("Dense", "Flatten").replace("# Flatten\n\n", "")
    assert [t.api for t in argtables.parse(PAGE, text)] == ["tf.keras.layers.Dense", "tf.keras.layers.Flatten"]


@pytest.mark.parametrize("header", ["| Name | Description |", "Some text", ""])
def test_a_wrong_header_names_its_line(header):
    text = "<!-- args: tf.keras.layers.Dense -->\n%s\n| --- | --- |\n" % header
    with pytest.raises(argtables.TableError) as error:
        argtables.parse(PAGE, text)
    assert str(error.value) == (
        "docs/layers/dense.md:2: the line after <!-- args: tf.keras.layers.Dense --> "
        "must be the header '| Argument | Description |'")


def test_a_marker_on_the_last_line_has_no_header():
    with pytest.raises(argtables.TableError, match=r"dense.md:2: the line after"):
        argtables.parse(PAGE, "<!-- args: tf.keras.layers.Dense -->")


@pytest.mark.parametrize("row", [
    "| units | no backticks |",
    "| `units` | two | cells too many |",
    "| `units two` | not one name |",
])
def test_a_bad_row_names_its_line(row):
    text = "<!-- args: tf.keras.layers.Dense -->\n| Argument | Description |\n| --- | --- |\n%s\n" % row
    with pytest.raises(argtables.TableError) as error:
        argtables.parse(PAGE, text)
    assert str(error.value) == "docs/layers/dense.md:4: an argument row is '| `name` | description |'"


def test_tables_and_apis_walk_the_pages(tmp_path):
    (tmp_path / "layers").mkdir()
    (tmp_path / "layers" / "dense.md").write_text(TABLE)
    (tmp_path / "model.md").write_text(TABLE.replace("tf.keras.layers.Dense", "tf.keras.Model.fit"))
    (tmp_path / "again.md").write_text(TABLE)
    assert [t.page.name for t in argtables.tables(tmp_path)] == ["again.md", "dense.md", "model.md"]
    assert argtables.apis(tmp_path) == ["tf.keras.Model.fit", "tf.keras.layers.Dense"]
