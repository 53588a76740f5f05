"""tfnotes.harness.updates: the --update-outputs edits, applied at the
end."""

from tfnotes.harness import figures, updates
from tfnotes.snippet import Snippet

SVG = "<svg><path stroke=\"%s\"/></svg>\n" % figures.SENTINEL_INK
INPUTS = "b" * 64


def drawing(svg=SVG):
    return {"svg": svg, "inputs": INPUTS, "data_hash": "a" * 64}


def test_new_figures_are_written_sealed_in_both_palettes(tmp_path):
    snippet = Snippet(tmp_path, "demo/plot.py")
    pending = updates.Pending()
    pending.add(updates.figure_edits(snippet, [drawing()]))
    assert not snippet.figure(1).exists()  # nothing written before the end
    assert pending.apply() == 2
    light, dark = figures.sealed(SVG, INPUTS)
    assert snippet.figure(1).read_text() == light
    assert snippet.figure(1, "dark").read_text() == dark
    assert figures.sealed_inputs(light, dark) == INPUTS


def test_an_unchanged_pair_is_not_rewritten(tmp_path):
    snippet = Snippet(tmp_path, "demo/plot.py")
    updates.Edit(snippet.figure(1), figures.sealed(SVG, INPUTS)[0]).apply()
    edits = updates.figure_edits(snippet, [drawing()])
    assert [e.path for e in edits] == [snippet.figure(1, "dark")]


def test_figures_no_longer_drawn_are_deleted(tmp_path):
    snippet = Snippet(tmp_path, "demo/plot.py")
    pending = updates.Pending()
    pending.add(updates.figure_edits(snippet, [drawing(), drawing()]))
    pending.apply()
    pending.add(updates.figure_edits(snippet, [drawing()]))
    assert pending.apply() == 2
    assert snippet.figure(1).is_file() and snippet.figure(1, "dark").is_file()
    assert not snippet.figure(2).exists() and not snippet.figure(2, "dark").exists()


def test_the_source_is_rewritten_only_when_its_output_changed(tmp_path):
    snippet = Snippet(tmp_path, "demo/x.py")
    assert updates.source_edits(snippet, "print(1)\n#> 1\n", "print(1)\n#> 1\n") == []
    pending = updates.Pending()
    pending.add(updates.source_edits(snippet, "print(1)\n", "print(1)\n#> 1\n"))
    pending.apply()
    assert snippet.path.read_text() == "print(1)\n#> 1\n"
    assert pending.apply() == 0  # applied once
