"""tfnotes.harness.committed: a snippet's committed figures and seals."""

from tfnotes.harness import committed, figures
from tfnotes.snippet import Snippet

SVG = "<svg><path stroke=\"%s\"/></svg>\n" % figures.SENTINEL_INK


def write_pair(snippet, number, inputs, dark=True):
    light, dark_text = figures.sealed(SVG, inputs)
    snippet.figure(number).parent.mkdir(parents=True, exist_ok=True)
    snippet.figure(number).write_text(light)
    if dark:
        snippet.figure(number, "dark").write_text(dark_text)


def test_figures_are_read_in_order_with_their_dark_twins(tmp_path):
    snippet = Snippet(tmp_path, "demo/plot.py")
    write_pair(snippet, 1, "a" * 64)
    write_pair(snippet, 2, "b" * 64, dark=False)
    held = committed.read_figures(snippet)
    assert [h.path for h in held] == ["docs/figures/demo/plot-1.svg",
                                      "docs/figures/demo/plot-2.svg"]
    assert held[0].dark == snippet.figure(1, "dark").read_text() and held[1].dark is None


def test_known_seals_are_the_pairs_whose_seal_holds(tmp_path):
    snippet = Snippet(tmp_path, "demo/plot.py")
    write_pair(snippet, 1, "a" * 64)
    write_pair(snippet, 2, "b" * 64, dark=False)
    write_pair(snippet, 3, "c" * 64)
    snippet.figure(3).write_text(snippet.figure(3).read_text().replace("path", "circle"))
    assert committed.known_seals(committed.read_figures(snippet)) == {"1": "a" * 64}


def test_a_snippet_without_figures_has_none(tmp_path):
    assert committed.read_figures(Snippet(tmp_path, "demo/plot.py")) == ()
