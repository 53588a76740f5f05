"""Figures a snippet draws with matplotlib, captured as SVG for its page.

A snippet leaves its figures open (``plt.show()`` is fine: the worker
draws with the non-interactive Agg backend). After it ran, the worker takes
every open figure, checks that a reader can make sense of it (a title,
which becomes the image's alt text; axis labels; a legend where several
things are drawn), and writes it as an SVG in two palettes: the harness
draws with a sentinel ink colour, replaced by dark ink for the light page
and light ink for the dark page (material's ``#only-light`` and
``#only-dark``). Text stays text (``svg.fonttype: none``): no embedded
glyphs, a few KB a figure.

A figure is up to date when what it plots is what the committed SVG was
made from: :func:`plotted_data` reads the numbers and labels off the
figure, and its hash is written into the SVG. Timestamps and random ids are
left out (``svg.hashsalt``, no date), so the same data gives the same file.

Drawing an SVG is most of what checking a figure costs, so each committed
pair is sealed: a comment names the hash of what it was drawn from (the
snippet's source, the plotted data, matplotlib's version and this module's
code), and a seal over both files. When the worker is told a sealed
drawing of the same inputs, it skips drawing: the files are what drawing
would give. A hand-edited file breaks the seal and is drawn and compared.
The seal only saves drawing: what is compared is the drawing without it,
so new figure code that draws the same bytes leaves the figure up to date
(and ``--update-outputs`` seals it anew).
"""

import hashlib
import html
import io
import json
import re
from pathlib import Path
from typing import Dict, List, Optional, Tuple

# The ink the harness draws with, swapped per palette afterwards.
SENTINEL_INK = "#123456"
LIGHT_INK = "#36393f"
DARK_INK = "#d5d7e2"
SENTINEL_GRID = "#123457"
LIGHT_GRID = "#d9dbe3"
DARK_GRID = "#4a4d57"

DATA_MARK = re.compile(r"<!-- tfnotes figure data sha256:(?P<hash>[0-9a-f]{64}) -->")
TITLE = re.compile(r"<title>(?P<alt>.*?)</title>", re.S)
DRAWN = re.compile(r"<!-- tfnotes figure drawn from sha256:(?P<inputs>[0-9a-f]{64}) "
                   r"seal:(?P<seal>[0-9a-f]{64}) -->\n")
# Part of every drawing's inputs: a change here may draw other SVGs.
_OWN_CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()

# rcParams for every snippet's figures: transparent, sized for a laptop
# column (6.4 x 4 in = 614 x 384 px at 96 dpi), text as text.
STYLE = {
    "figure.figsize": (6.4, 4.0),
    "figure.facecolor": "none",
    "axes.facecolor": "none",
    "savefig.facecolor": "none",
    "savefig.transparent": True,
    "text.color": SENTINEL_INK,
    "axes.labelcolor": SENTINEL_INK,
    "axes.edgecolor": SENTINEL_INK,
    "xtick.color": SENTINEL_INK,
    "ytick.color": SENTINEL_INK,
    "legend.facecolor": "none",
    "legend.edgecolor": SENTINEL_INK,
    "legend.framealpha": None,
    "grid.color": SENTINEL_GRID,
    "axes.grid": True,
    "svg.fonttype": "none",
    "svg.hashsalt": "tfnotes",
    "font.family": "sans-serif",
    # Written into every <text> of the SVG: DejaVu Sans (matplotlib's own,
    # which lays the text out), then the reader's sans-serif.
    "font.sans-serif": ["DejaVu Sans", "Arial", "sans-serif"],
    "font.size": 10.0,
}
# Line colours that read on white and on material's slate alike.
COLOURS = ["#3b82f6", "#f59e0b", "#10b981", "#ef4444", "#a855f7",
           "#14b8a6", "#ec4899", "#84cc16"]


class FigureProblem(ValueError):
    """A figure a reader could not read; the message says what to add."""


def apply_style(matplotlib) -> None:
    """Draw with the Agg backend and the site's figure style (the worker
    does this once, before its state baseline)."""
    matplotlib.use("Agg")
    matplotlib.rcParams.update(STYLE)
    matplotlib.rcParams["axes.prop_cycle"] = matplotlib.cycler(color=COLOURS)


def _num(value) -> object:
    """A plotted number as the figure's data records it: 4 significant
    digits, far finer than a plot shows, and coarse enough that the last
    float32 digit, which differs between TensorFlow versions, does not."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if number != number:
        return "nan"
    return float("%.4g" % number)


def _series(values) -> List[object]:
    try:
        return [_num(v) for v in list(values)]
    except TypeError:
        return [_num(values)]


def plotted_data(fig) -> Dict[str, object]:
    """What a figure shows, as plain numbers and strings: per axes its
    title, axis labels, limits' scale, and each line, scatter and bar."""
    axes = []
    for ax in fig.get_axes():
        legend = ax.get_legend()
        axes.append({
            "title": ax.get_title(),
            "xlabel": ax.get_xlabel(),
            "ylabel": ax.get_ylabel(),
            "xscale": ax.get_xscale(),
            "yscale": ax.get_yscale(),
            "lines": [
                {"label": line.get_label(), "x": _series(line.get_xdata()),
                 "y": _series(line.get_ydata())}
                for line in ax.get_lines()
            ],
            "collections": [
                {"label": c.get_label(),
                 "offsets": [_series(p) for p in c.get_offsets()]}
                for c in ax.collections
            ],
            "bars": [
                {"x": _num(p.get_x()), "height": _num(p.get_height()),
                 "label": p.get_label()}
                for p in ax.patches if hasattr(p, "get_height")
            ],
            "containers": [
                {"label": c.get_label(),
                 "heights": [_num(p.get_height()) for p in getattr(c, "patches", [])]}
                for c in ax.containers
            ],
            "texts": [t.get_text() for t in ax.texts],
            "legend": [t.get_text() for t in legend.get_texts()] if legend else [],
        })
    title = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) else ""
    return {"suptitle": title, "axes": axes}


def data_hash(data: Dict[str, object]) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def alt_text(data: Dict[str, object]) -> str:
    titles = [data["suptitle"]] if data["suptitle"] else []
    titles += [a["title"] for a in data["axes"] if a["title"]]
    return "; ".join(titles)


def problems(data: Dict[str, object]) -> List[str]:
    """What a reader would miss in this figure."""
    found = []
    if not alt_text(data):
        found.append("has no title (fig.suptitle or ax.set_title): the title "
                     "is the image's alt text")
    for number, ax in enumerate(data["axes"], start=1):
        where = "axes %d" % number
        if not ax["xlabel"] or not ax["ylabel"]:
            found.append("%s has no %s (ax.set_xlabel / ax.set_ylabel)" % (
                where, "x label" if not ax["xlabel"] else "y label"))
        # Bars count as a series when labelled: unlabelled ones are one
        # group of bars, often with their values written on them.
        labelled_bars = [c for c in ax["containers"]
                         if c["label"] and not str(c["label"]).startswith("_")]
        series = ax["lines"] + ax["collections"] + labelled_bars
        drawn = [x for x in series if not str(x["label"]).startswith("_")]
        if len(series) > 1 and not ax["legend"]:
            found.append("%s draws %d series but has no legend (label each, "
                         "then ax.legend())" % (where, len(series)))
        elif ax["legend"] and len(drawn) < len(ax["legend"]):
            found.append("%s: its legend names series that are not drawn" % where)
    return found


def to_svg(fig, data: Dict[str, object]) -> str:
    """The figure as deterministic SVG with sentinel inks, its alt text as
    ``<title>`` and its data hash in a comment."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None},
                bbox_inches="tight")
    svg = buffer.getvalue()
    svg = re.sub(r"(<svg\b[^>]*>)", lambda m: m.group(1) + "\n <title>%s</title>" % html.escape(
        alt_text(data), quote=False), svg, count=1)
    head = "<!-- tfnotes figure data sha256:%s -->\n" % data_hash(data)
    return svg.replace("<svg", head + "<svg", 1)


def in_palette(svg: str, scheme: str) -> str:
    """The sentinel SVG with the inks of ``scheme`` ('light' or 'dark')."""
    ink, grid = (LIGHT_INK, LIGHT_GRID) if scheme == "light" else (DARK_INK, DARK_GRID)
    return svg.replace(SENTINEL_INK, ink).replace(SENTINEL_GRID, grid)


def drawn_from(source: str, data_hash: str, number: int) -> str:
    """The hash of everything figure ``number`` of a snippet is drawn
    from (the snippet is deterministic: the harness checks it)."""
    import matplotlib

    inputs = [source, data_hash, number, matplotlib.__version__, _OWN_CODE]
    return hashlib.sha256(json.dumps(inputs).encode("utf-8")).hexdigest()


def _seal(inputs: str, light: str, dark: str) -> str:
    return hashlib.sha256((inputs + "\0" + light + "\0" + dark).encode("utf-8")).hexdigest()


def sealed(svg: str, inputs: str) -> Tuple[str, str]:
    """The committed light and dark files of a sentinel SVG drawn from
    ``inputs``: each with the comment naming them and the seal."""
    light, dark = in_palette(svg, "light"), in_palette(svg, "dark")
    line = "<!-- tfnotes figure drawn from sha256:%s seal:%s -->\n" % (inputs, _seal(inputs, light, dark))
    return light.replace("<svg", line + "<svg", 1), dark.replace("<svg", line + "<svg", 1)


def unsealed(text: str) -> str:
    """A committed file without its seal comment: the drawing itself."""
    return DRAWN.sub("", text, count=1)


def sealed_inputs(light: str, dark: str) -> Optional[str]:
    """What a committed pair was drawn from, if its seal holds."""
    found, in_dark = DRAWN.search(light), DRAWN.search(dark)
    if found is None or in_dark is None or in_dark.group(0) != found.group(0):
        return None
    if _seal(found.group("inputs"), unsealed(light), unsealed(dark)) != found.group("seal"):
        return None
    return found.group("inputs")


def capture(plt, source: str = "", known: Optional[Dict[str, str]] = None,
            draw: bool = True) -> List[Dict[str, object]]:
    """Every open figure as ``{"svg", "inputs", "data_hash", "alt",
    "problems"}``; closes them all. ``svg`` is None where ``known`` (figure
    number -> sealed inputs of its committed files) holds the same inputs,
    or with ``draw`` false."""
    found = []
    for number in plt.get_fignums():
        fig = plt.figure(number)
        data = plotted_data(fig)
        digest = data_hash(data)
        inputs = drawn_from(source, digest, len(found) + 1)
        skip = not draw or (known or {}).get(str(len(found) + 1)) == inputs
        found.append({
            "svg": None if skip else to_svg(fig, data),
            "inputs": inputs,
            "data_hash": digest,
            "alt": alt_text(data),
            "problems": problems(data),
        })
    plt.close("all")
    return found


def committed_hash(svg: str) -> Optional[str]:
    match = DATA_MARK.search(svg)
    return match.group("hash") if match else None


def committed_alt(svg: str) -> str:
    match = TITLE.search(svg)
    return html.unescape(match.group("alt")) if match else ""
