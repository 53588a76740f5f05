"""tfnotes.harness.figures: deterministic, readable, palette-swapped SVG."""

import matplotlib

from tfnotes.harness import figures

figures.apply_style(matplotlib)
import matplotlib.pyplot as plt  # noqa: E402


def _figure(title="Curves", legend=True, power=2):
    fig, ax = plt.subplots()
    ax.plot([0, 1, 2], [0, 1, 2 ** power], label="x**%d" % power)
    ax.plot([0, 1, 2], [0, 1, 2], label="x")
    ax.set_title(title)
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    if legend:
        ax.legend()
    return fig


def test_plotted_data_reads_numbers_and_labels():
    data = figures.plotted_data(_figure())
    plt.close("all")
    axes = data["axes"][0]
    assert axes["title"] == "Curves" and axes["xlabel"] == "x"
    assert axes["lines"][0] == {"label": "x**2", "x": [0.0, 1.0, 2.0], "y": [0.0, 1.0, 4.0]}
    assert axes["legend"] == ["x**2", "x"]


def test_the_hash_follows_the_data_only():
    one = figures.data_hash(figures.plotted_data(_figure()))
    same = figures.data_hash(figures.plotted_data(_figure()))
    other = figures.data_hash(figures.plotted_data(_figure(power=3)))
    plt.close("all")
    assert one == same != other


def test_problems_a_reader_would_have():
    assert figures.problems(figures.plotted_data(_figure())) == []
    untitled = figures.problems(figures.plotted_data(_figure(title="")))
    no_legend = figures.problems(figures.plotted_data(_figure(legend=False)))
    plt.close("all")
    assert any("has no title" in p for p in untitled)
    assert any("draws 2 series but has no legend" in p for p in no_legend)


def test_svg_is_deterministic_titled_and_swaps_inks():
    captured = [figures.capture(plt) for _ in range(1)]
    assert captured == [[]], "no figure was open"
    _figure()
    first = figures.capture(plt)
    _figure()
    second = figures.capture(plt)
    assert len(first) == 1 and first[0]["svg"] == second[0]["svg"]
    svg = first[0]["svg"]
    assert figures.committed_alt(svg) == "Curves"
    assert figures.committed_hash(svg) == first[0]["data_hash"]
    light, dark = figures.in_palette(svg, "light"), figures.in_palette(svg, "dark")
    assert figures.SENTINEL_INK in svg
    assert figures.SENTINEL_INK not in light and figures.LIGHT_INK in light
    assert figures.SENTINEL_INK not in dark and figures.DARK_INK in dark
    assert "Date" not in svg and "<dc:date>" not in svg
    assert plt.get_fignums() == [], "capture leaves figures open"


def test_labelled_bars_are_series_and_need_a_legend_but_unlabelled_do_not():
    fig, ax = plt.subplots()
    ax.bar([0, 1], [1, 2], label="before")
    ax.bar([0, 1], [2, 1], label="after")
    ax.set_title("Bars")
    ax.set_xlabel("class")
    ax.set_ylabel("target")
    no_legend = figures.problems(figures.plotted_data(fig))
    ax.legend()
    with_legend = figures.problems(figures.plotted_data(fig))
    plt.close("all")
    assert any("draws 2 series but has no legend" in p for p in no_legend), no_legend
    assert with_legend == [], with_legend
    fig, ax = plt.subplots()
    ax.bar([0, 1], [1, 2])
    ax.bar([2, 3], [2, 1])
    ax.set_title("Unlabelled bars")
    ax.set_xlabel("class")
    ax.set_ylabel("target")
    assert figures.problems(figures.plotted_data(fig)) == []
    plt.close("all")
