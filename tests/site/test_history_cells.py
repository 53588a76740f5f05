"""Each argument's history on the built API pages: the compact cell and
its timeline, as history.summary makes them from the committed
history.json (never typed here), and the release picker that offers the
releases history.json knows."""

import html
import re

import pytest

from tfnotes.api import groups
from tfnotes.history import summary

# Keras 3's names where it moved the API or renamed the argument.
ROW = re.compile(
    r'<tr data-tfn-arg="([^"]+)"(?: data-tfn-arg3="([^"]+)")?><td>(.*?)</td>',
    re.S,
)
TABLE = re.compile(
    r'<table data-tfn-api="([^"]+)"(?: data-tfn-api3="([^"]+)")?>(.*?)</table>',
    re.S,
)
HISTORY = re.compile(
    r'<details class="tfn-history"><summary>(.*?)</summary> ?(.*?)</details>',
    re.S,
)


@pytest.fixture(scope="module")
def history(project):
    found = summary.load(project / summary.FILE)
    if not found["releases"]:
        pytest.fail(
            "%s is missing: run ./tfn history" % summary.FILE,
            pytrace=False,
        )
    return found


@pytest.fixture(scope="module")
def shown(site):
    """``{(api, argument): (Keras 3's api, argument, (summary text,
    timeline text) or None)}`` of every row of every API page."""
    out = {}
    for page in (site / groups.FOLDER).glob("*/index.html"):
        for api, api3, table in TABLE.findall(
            page.read_text(encoding="utf-8")
        ):
            for argument, argument3, first_cell in ROW.findall(table):
                found = HISTORY.search(first_cell)
                out[html.unescape(api), html.unescape(argument)] = (
                    html.unescape(api3) or None,
                    html.unescape(argument3) or None,
                    found
                    and tuple(html.unescape(g) for g in found.groups()),
                )
    return out


@pytest.mark.parametrize(
    "api, argument",
    [
        ("tf.keras.optimizers.Adam", "lr"),
        ("tf.keras.Model.fit", "verbose"),
    ],
)
def test_known_histories_are_shown(history, shown, api, argument):
    api3, argument3, cell = shown[api, argument]
    want = summary.of(history, api, argument, api3, argument3)
    assert want is not None, "%s %s has no history in %s" % (
        api,
        argument,
        summary.FILE,
    )
    assert cell == (
        "; ".join(want.changes),
        " · ".join(want.timeline),
    )


def test_every_row_shows_its_history_and_only_where_there_is_one(
    history, shown
):
    wrong = [
        "%s %s: shown %r, history.json says %r"
        % (api, argument, cell, want)
        for (api, argument), (api3, argument3, cell) in sorted(
            shown.items()
        )
        for want in [
            summary.of(history, api, argument, api3, argument3)
        ]
        if cell
        != (
            want
            and ("; ".join(want.changes), " · ".join(want.timeline))
        )
    ]
    assert not wrong, "\n".join(wrong[:30])
    assert sum(1 for *_, cell in shown.values() if cell) > 100


def test_the_picker_offers_every_release(history, site):
    for page in [
        site / groups.FOLDER / "optimizers" / "index.html",
        site / "defaults" / "index.html",
    ]:
        text = page.read_text(encoding="utf-8")
        offered = re.search(
            r'<select id="tfn-release"[^>]*>(.*?)</select>', text, re.S
        )
        assert offered, "%s has no release picker" % page
        assert (
            re.findall(r"<option>([^<]+)</option>", offered.group(1))
            == history["releases"]
        )
        assert '<label for="tfn-release">' in text


def test_a_notes_table_shows_the_history_of_its_argument(history, site):
    """Model.fit's verbose is documented in the notes: its entry there
    (the API page's row links to it) shows the same history."""
    api_page = (
        site / groups.FOLDER / "model-methods" / "index.html"
    ).read_text(encoding="utf-8")
    row = re.search(
        r'<table data-tfn-api="tf.keras.Model.fit">.*?<tr data-tfn-arg="verbose"><td><a href="([^"#]+)#([^"]+)"',
        api_page,
        re.S,
    )
    assert row, (
        "Model.fit's verbose on the API page links to no notes entry"
    )
    page = (
        site
        / groups.FOLDER
        / "model-methods"
        / row.group(1)
        / "index.html"
    ).resolve()
    text = page.read_text(encoding="utf-8")
    cell = re.search(
        r'id="%s".*?</td>' % re.escape(row.group(2)), text, re.S
    ).group(0)
    found = HISTORY.search(cell)
    want = summary.of(history, "tf.keras.Model.fit", "verbose")
    assert found, "%s: the verbose entry shows no history" % page
    assert tuple(html.unescape(g) for g in found.groups()) == (
        "; ".join(want.changes),
        " · ".join(want.timeline),
    )
