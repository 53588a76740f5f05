"""tfnotes.site.render: one way to show a default, its badges, an
argument's heading and a generated table."""

from tfnotes.history import summary
from tfnotes.site import render
from tests.unit.site.releases import argument, entries


def test_value():
    assert render.value("'valid'") == "<code>&#x27;valid&#x27;</code>"
    assert render.value("required") == "<em>required</em>"
    assert render.value(None) == "&mdash;"
    assert render.value("x", present=False) == '<span class="tfn-added">not in 2.4</span>'
    assert 'style="white-space: normal' in render.value("'sparse_categorical_crossentropy'")


def test_new_cell_badges_by_status():
    found = entries()
    cell = render.new_cell
    assert cell(*argument(found, "tf.keras.losses.BinaryCrossentropy", "label_smoothing")) == "<code>0.0</code>"
    assert cell(*argument(found, "tf.keras.losses.BinaryCrossentropy", "reduction")).endswith(
        '<span class="tfn-changed">changed</span>')
    assert cell(*argument(found, "tf.keras.losses.BinaryCrossentropy", "axis")) == (
        '<code>-1</code> <span class="tfn-added">new</span>')
    assert cell(*argument(found, "tf.keras.utils.to_categorical", "dtype")) == (
        '<span class="tfn-removed">removed</span>')
    assert cell(*argument(found, "tf.keras.utils.to_categorical", "y")).startswith("<code>x</code> = ")


def test_heading_is_the_search_title_with_the_name_shown():
    entry, arg = argument(entries(), "tf.keras.losses.BinaryCrossentropy", "reduction")
    assert render.heading(entry, arg) == (
        '<h3 class="tfn-arg" id="%s"><span class="tfn-default">BinaryCrossentropy · </span>'
        "<code>reduction</code><span class=\"tfn-default\"> = &#x27;auto&#x27; · Keras 3: "
        "&#x27;sum_over_batch_size&#x27;</span></h3>" % arg.anchor)


def test_api_table_links_a_notes_entry_and_heads_the_others():
    found = entries({("tf.keras.losses.BinaryCrossentropy", "from_logits"): ("losses.md", "bce-from_logits")})
    entry, _ = argument(found, "tf.keras.losses.BinaryCrossentropy", "name")
    table = render.api_table(entry, lambda arg: "../../losses/#" + arg.notes[1])
    assert table.count("<tr") == 1 + len(entry.arguments)  # the header's row too
    assert table.count('<tr data-tfn-arg="') == len(entry.arguments)
    assert '<table data-tfn-api="tf.keras.losses.BinaryCrossentropy">' in table
    assert "<details" not in table  # no history given
    assert '<a href="../../losses/#bce-from_logits" title="documented in the notes"><code>from_logits</code></a>' in table
    assert table.count('<h3 class="tfn-arg"') == len(entry.arguments) - 1


def test_an_api_without_arguments():
    entry, _ = argument(entries(), "tf.keras.utils.to_categorical", "y")
    entry.arguments = []
    assert render.api_table(entry, str) == "<p>No arguments.</p>"


def test_api_table_shows_an_arguments_history_with_its_timeline():
    entry, _ = argument(entries(), "tf.keras.losses.BinaryCrossentropy", "name")
    found = summary.History(["1 → 'auto' in 2.5"], ["2.4: 1", "2.5–2.15: 'auto'"])
    table = render.api_table(entry, lambda arg: "", lambda arg: found if arg.name == "name" else None)
    assert table.count("<details") == 1
    assert ('<details class="tfn-history"><summary>1 → &#x27;auto&#x27; in 2.5</summary> '
            "2.4: 1 · 2.5–2.15: &#x27;auto&#x27;</details>") in table
