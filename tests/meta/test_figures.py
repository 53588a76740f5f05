"""Figures come from running the snippet, and a stale one fails.

A scratch project's snippet draws with matplotlib; ``--update-outputs``
writes its SVGs (light and dark inks), a plain run compares them, and a
change to what the snippet plots fails naming the snippet and its page.
"""

import re

import pytest

from .conftest import Project, failure_section, failures

PLOT = """import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(0, 1, 11)
fig, ax = plt.subplots()
ax.plot(x, x**POWER, label="x**POWER")
ax.set_title("A power curve")
ax.set_xlabel("x")
ax.set_ylabel("y")
"""


def _plot(power: int) -> str:
    return PLOT.replace("POWER", str(power))


def _update(scratch, world="tf24", *paths):
    return scratch.pytest(world, *(paths or ("snippets",)), "--update-outputs")


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    """A project whose plot.py was drawn once by ``--update-outputs``, and
    what that run said; tests that break it take a copy (``plotted``)."""
    project = Project(tmp_path_factory.mktemp("drawn"))
    project.write("snippets/demo/plot.py", _plot(2))
    project.page_with("docs/demo.md", "demo/plot.py")
    return project, _update(project)


@pytest.fixture
def plotted(drawn, tmp_path) -> Project:
    """A copy of the drawn project, for one test to change."""
    project, (code, out) = drawn
    assert code == 0, out
    return Project.copy_of(project, tmp_path / "project")


@pytest.mark.xdist_group("figures")
@pytest.mark.xdist_group("figures")
def test_update_draws_both_palettes_and_a_plain_run_then_passes(drawn, plotted):
    _, (code, out) = drawn
    light = plotted.root / "docs/figures/demo/plot-1.svg"
    dark = plotted.root / "docs/figures/demo/plot-1-dark.svg"
    assert light.is_file() and dark.is_file(), out
    assert "<title>A power curve</title>" in light.read_text()
    assert light.read_text() != dark.read_text()
    first = light.read_text()
    code, out = plotted.pytest("tf24", "snippets")
    assert code == 0, out
    code, out = _update(plotted)
    assert code == 0 and light.read_text() == first, "the same data drew another SVG"


@pytest.mark.xdist_group("figures")
def test_a_changed_snippet_makes_its_figure_stale(plotted):
    before = (plotted.root / "docs/figures/demo/plot-1.svg").read_text()
    plotted.write("snippets/demo/plot.py", _plot(3))
    code, out = plotted.pytest("tf24", "snippets")
    assert code == 1, out
    assert "snippets/demo/plot.py::tf2.4.4" in failures(out), out
    assert ("snippets/demo/plot.py:1: stale figure: the snippet figure 1 differs from "
            "docs/figures/demo/plot-1.svg (shown on docs/demo.md)") in out, out
    assert "./tfn update snippets/demo/plot.py" in out, out
    assert (plotted.root / "docs/figures/demo/plot-1.svg").read_text() == before


@pytest.mark.xdist_group("figures")
def test_a_hand_edited_figure_is_drawn_again_and_fails(plotted):
    """The worker skips drawing a figure whose sealed files were drawn
    from the same inputs; an edit breaks the seal, so it is drawn, and
    the difference fails."""
    light = plotted.root / "docs/figures/demo/plot-1.svg"
    assert "tfnotes figure drawn from sha256:" in light.read_text()
    assert plotted.pytest("tf24", "snippets")[0] == 0
    light.write_text(light.read_text().replace("A power curve</title>", "A pow curve</title>"))
    code, out = plotted.pytest("tf24", "snippets")
    assert code == 1, out
    assert ("snippets/demo/plot.py:1: stale figure: the snippet figure 1 differs from "
            "docs/figures/demo/plot-1.svg") in out, out


@pytest.mark.xdist_group("figures")
def test_a_figure_without_a_current_seal_is_drawn_and_still_up_to_date(plotted):
    """The seal only saves drawing: a figure whose seal no longer matches
    (new figure code; here it is gone) is drawn and compared without it,
    passes when the drawing is the same, and --update-outputs seals it."""
    files = [plotted.root / "docs/figures/demo/plot-1.svg", plotted.root / "docs/figures/demo/plot-1-dark.svg"]
    sealed = [f.read_text() for f in files]
    for f in files:
        f.write_text(re.sub(r"<!-- tfnotes figure drawn from [^>]*-->\n", "", f.read_text()))
    assert [f.read_text() for f in files] != sealed
    code, out = plotted.pytest("tf24", "snippets")
    assert code == 0, out
    assert _update(plotted)[0] == 0
    assert [f.read_text() for f in files] == sealed


@pytest.mark.xdist_group("figures")
def test_the_newest_world_compares_what_is_plotted(plotted):
    code, out = plotted.pytest("tools", "snippets")
    assert code == 0, out  # another matplotlib draws other bytes, same data
    plotted.write("snippets/demo/plot.py", _plot(3))
    code, out = plotted.pytest("tools", "snippets")
    assert code == 1, out
    assert re.search(r"snippets/demo/plot\.py:1: draws something else on TensorFlow \S+ "
                     r"than on TF 2\.4 \(figure 1 differs", out), out


def test_a_figure_a_reader_cannot_read_fails(scratch):
    scratch.write("snippets/demo/untitled.py", _plot(2).replace('ax.set_title("A power curve")\n', ""))
    scratch.write("snippets/demo/no_legend.py", _plot(2) + "ax.plot(x, x)\n")
    scratch.page_with("docs/demo.md", "demo/untitled.py", "demo/no_legend.py")
    code, out = _update(scratch)
    assert code == 1, out
    assert "figure 1 has no title (fig.suptitle or ax.set_title)" in failure_section(out, "snippets/demo/untitled.py"), out
    assert "axes 1 draws 2 series but has no legend" in failure_section(out, "snippets/demo/no_legend.py"), out
    assert not (scratch.root / "docs/figures").exists(), "an unreadable figure was written"


def test_a_figure_of_unseeded_data_is_not_recorded(scratch):
    scratch.write("snippets/demo/noise.py", _plot(2).replace("x**2", "np.random.rand(11)"))
    scratch.page_with("docs/demo.md", "demo/noise.py")
    code, out = _update(scratch)
    assert code == 1, out
    assert "snippets/demo/noise.py:1: draws a figure that changes with the random seed: seed numpy" in out, out
    assert not (scratch.root / "docs/figures").exists()


@pytest.mark.xdist_group("figures")
def test_the_page_shows_the_figure_under_its_snippet(plotted):
    code, out = plotted.build()
    assert code == 0, out
    page = (plotted.root / "site/demo/index.html").read_text()
    code_at = page.index("demo/plot.py")
    light = page.index('src="../figures/demo/plot-1.svg#only-light"')
    dark = page.index('src="../figures/demo/plot-1-dark.svg#only-dark"')
    assert code_at < light < dark, "figure not right under its snippet"
    assert re.search(r'<img alt="A power curve" loading="lazy" src="\.\./figures/demo/plot-1\.svg#only-light"', page), page[light - 200: light + 100]
