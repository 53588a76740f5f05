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


def test_a_sealed_pair_names_its_inputs_and_a_hand_edit_breaks_the_seal():
    _figure()
    fig = figures.capture(plt, source="print(1)\n")[0]
    light, dark = figures.sealed(fig["svg"], fig["inputs"])
    assert light.startswith("<?xml"), "the seal must not come before the XML declaration"
    assert figures.sealed_inputs(light, dark) == fig["inputs"]
    assert figures.committed_hash(light) == fig["data_hash"]
    edited = light.replace(figures.LIGHT_INK, "#000000", 1)
    assert figures.sealed_inputs(edited, dark) is None
    assert figures.sealed_inputs(light, figures.in_palette(fig["svg"], "dark")) is None


def test_capture_skips_drawing_only_what_a_seal_says_is_drawn_from_the_same():
    _figure()
    fig = figures.capture(plt, source="a")[0]
    _figure()
    same = figures.capture(plt, source="a", known={"1": fig["inputs"]})[0]
    assert same["svg"] is None and same["inputs"] == fig["inputs"]
    _figure()
    edited_source = figures.capture(plt, source="b", known={"1": fig["inputs"]})[0]
    assert edited_source["svg"] is not None and edited_source["inputs"] != fig["inputs"]
    _figure(power=3)
    other_data = figures.capture(plt, source="a", known={"1": fig["inputs"]})[0]
    assert other_data["svg"] is not None
    _figure()
    assert figures.capture(plt, source="a", draw=False)[0]["svg"] is None
