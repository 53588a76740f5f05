"""Argument tables are complete: one row for every parameter of the API in
TF 2.4 and in Keras 3, and no row for anything else; and the built pages
and site/defaults.json show, for every row, exactly the defaults of
data/api/{tf24,keras3}.json. That data is itself checked against the
library (tests/library)."""

import json
from html.parser import HTMLParser

import markdown

from tfnotes import argtables
from tfnotes.api import counterparts, extract, model


def _signature(data, api):
    """``{argument: default}`` of ``api`` in one world's data ({} if none)."""
    return model.signature(data, api) or {}


def test_every_argument_has_a_row_and_every_row_an_argument(project, docs):
    worlds = {w: extract.load(w, project) for w in ("tf24", "keras3")}
    for world, data in worlds.items():
        assert data["apis"], "data/api/%s.json has no APIs: run './tfn update'" % world
    tables = list(argtables.tables(docs))
    assert tables, "no <!-- args: ... --> table under %s: nothing to check" % docs
    problems = []
    for table in tables:
        where = "docs/%s:%d" % (table.page.relative_to(docs), table.line)
        rows = [row.name for row in table.rows]
        expected = []
        for world, data in worlds.items():
            for name, value in _signature(data, table.api).items():
                if name not in expected:
                    expected.append(name)
                if name not in rows:
                    problems.append("%s: %s has no row for %r (%s default: %s)" % (
                        where, table.api, name, "TF 2.4" if world == "tf24" else "Keras 3",
                        "none, it collects extra arguments" if value is None else value))
        for row in table.rows:
            if row.name not in expected:
                problems.append("docs/%s:%d: %r is not an argument of %s in TF 2.4 or Keras 3" % (
                    table.page.relative_to(docs), row.line, row.name, table.api))
            if not row.description.strip():
                problems.append("docs/%s:%d: %r has no description" % (
                    table.page.relative_to(docs), row.line, row.name))
        if len(set(rows)) != len(rows):
            problems.append("%s: %s has a row twice" % (where, table.api))
    assert not problems, "\n".join(problems)


def test_each_api_is_documented_once(docs):
    seen = {}
    for table in argtables.tables(docs):
        where = "docs/%s:%d" % (table.page.relative_to(docs), table.line)
        assert table.api not in seen, "%s: %s already has a table at %s" % (where, table.api, seen[table.api])
        seen[table.api] = where


WORLDS = {"tf24": "TF 2.4", "keras3": "Keras 3"}
COLUMNS = ["Argument", "TF 2.4 default", "Keras 3", "Description"]
_MISSING = object()  # an argument the world's signature does not have


class _Cell:
    """One ``<td>`` of a built arguments table, as the reader sees it."""

    def __init__(self):
        self.anchor = None  # the id of the cell's <h3 class="tfn-arg">
        self.name = ""  # that heading's <code>
        self.shown = []  # ("code"|"em"|"text"|"badge <class>", text), in order
        self.text = ""  # everything but the heading's search hint

    def add(self, kind, text):
        if self.shown and self.shown[-1][0] == kind and kind == "text":
            self.shown[-1] = (kind, self.shown[-1][1] + text)
        else:
            self.shown.append((kind, text))

    def value(self):
        """What the cell shows, e.g. ``'auto' [new]``."""
        return " ".join(("[%s]" % t if kind.startswith("badge") else t)
                        for kind, t in self.shown) or "(empty)"


class _Tables(HTMLParser):
    """The header and rows (lists of ``_Cell``) of every <table> of a page."""

    def __init__(self):
        super().__init__()
        self.tables = []  # [{"header": [...], "rows": [[_Cell, ...], ...]}]
        self._open = []  # (tag, class) of the tags open inside the current cell
        self._cell = None
        self._header = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.tables.append({"header": [], "rows": []})
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        elif tag == "th" and self.tables:
            self._header = ""
        elif tag == "td" and self.tables and self.tables[-1]["rows"]:
            self._cell = _Cell()
            self._open = []
            self.tables[-1]["rows"][-1].append(self._cell)
        elif self._cell is not None:
            if tag == "h3" and "tfn-arg" in (attrs.get("class") or "").split():
                self._cell.anchor = attrs.get("id")
            self._open.append((tag, attrs.get("class") or ""))

    def handle_endtag(self, tag):
        if tag == "th" and self._header is not None:
            self.tables[-1]["header"].append(self._header.strip())
            self._header = None
        elif tag == "td":
            self._cell = None
        elif self._cell is not None:
            for index in range(len(self._open) - 1, -1, -1):
                if self._open[index][0] == tag:
                    del self._open[index:]
                    break

    def handle_data(self, data):
        if self._header is not None:
            self._header += data
        if self._cell is None:
            return
        tags = [t for t, _ in self._open]
        classes = " ".join(c for _, c in self._open).split()
        if "tfn-default" in classes:
            return  # the search hint in the heading, checked by the browser tests
        self._cell.text += data
        badge = [c for c in classes if c in ("tfn-removed", "tfn-added", "tfn-changed")]
        if "h3" in tags:
            self._cell.name += data if "code" in tags else ""
        elif badge:
            self._cell.add("badge " + badge[-1], data)
        elif "code" in tags:
            self._cell.add("code", data)
        elif "em" in tags:
            self._cell.add("em", data)
        elif data.strip():
            self._cell.add("text", data.strip())


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text = ""

    def handle_data(self, data):
        self.text += data


def text_of(html: str) -> str:
    """The words of an HTML fragment, whitespace collapsed."""
    parser = _Text()
    parser.feed(html)
    return " ".join(parser.text.split())


def _default_shown(value):
    """How a default of the data is shown: its repr in <code>, *required*,
    or a dash for ``*args``/``**kwargs`` (None in the data)."""
    if value is None:
        return [("text", "\u2014")]
    if value == model.REQUIRED:
        return [("em", "required")]
    return [("code", value)]


def expected_cells(name, tf24, k3):
    """What the TF 2.4 and Keras 3 cells of argument ``name`` must show,
    given the ``{argument: default}`` of both worlds' data."""
    old, new = tf24.get(name, _MISSING), k3.get(name, _MISSING)
    cell24 = [("badge tfn-added", "not in 2.4")] if old is _MISSING else _default_shown(old)
    if new is _MISSING:
        cell3 = [("badge tfn-removed", "removed")]
    elif old is _MISSING:
        cell3 = _default_shown(new) + [("badge tfn-added", "new")]
    elif counterparts.status(old, new) == "changed":  # spelling aside (0 is 0.0)
        cell3 = _default_shown(new) + [("badge tfn-changed", "changed")]
    else:
        cell3 = _default_shown(new)
    return cell24, cell3


def _as_shown(cells):
    cell = _Cell()
    cell.shown = cells
    return cell.value()


def _data_value(value):
    if value is _MISSING:
        return "it has no such argument"
    return "null (it collects extra arguments)" if value is None else value


def built_page(site, docs, page):
    """Where mkdocs (use_directory_urls) writes ``page``."""
    rel = page.relative_to(docs).with_suffix("")
    return site / (rel.parent if rel.name == "index" else rel) / "index.html"


def _built_rows(html_path):
    """``{anchor: (header, cells, table number)}`` of every argument row of a built page."""
    parser = _Tables()
    parser.feed(html_path.read_text(encoding="utf-8"))
    rows, twice = {}, []
    for number, table in enumerate(parser.tables):
        for cells in table["rows"]:
            if cells and cells[0].anchor:
                if cells[0].anchor in rows:
                    twice.append(cells[0].anchor)
                rows[cells[0].anchor] = (table["header"], cells, number)
    return rows, twice


def test_pages_show_the_verified_defaults(project, docs, site):
    """Every row of every built table shows, in its own cells, the TF 2.4
    and the Keras 3 default of data/api/*.json (with the removed / new
    / changed badge they call for), and site/defaults.json carries the same
    values, one entry per row."""
    data = {w: extract.load(w, project) for w in WORLDS}
    for world in WORLDS:
        assert data[world]["apis"], "data/api/%s.json has no APIs: run './tfn update'" % world
    published = json.loads((site / "defaults.json").read_text(encoding="utf-8"))
    by_key = {}
    for entry in published["arguments"]:
        by_key.setdefault((entry["api"], entry["argument"]), []).append(entry)
    tables = list(argtables.tables(docs))
    assert tables, "no <!-- args: ... --> table under %s: nothing to check" % docs
    problems = []
    pages = {}
    expected_anchors = {}
    checked = set()
    for table in tables:
        source = "docs/%s" % table.page.relative_to(docs)
        html_path = built_page(site, docs, table.page)
        built = html_path.relative_to(project)
        if not html_path.is_file():
            problems.append("%s:%d: %s is not built, so its %s table is not shown" % (
                source, table.line, built, table.api))
            continue
        if html_path not in pages:
            pages[html_path], twice = _built_rows(html_path)
            problems += ["%s: the entry #%s is on the page twice" % (built, a) for a in twice]
        rows = pages[html_path]
        expected_anchors.setdefault(html_path, set()).update(table.anchor(r.name) for r in table.rows)
        tf24 = _signature(data["tf24"], table.api)
        k3 = _signature(data["keras3"], table.api)
        numbers = {rows[table.anchor(r.name)][2] for r in table.rows if table.anchor(r.name) in rows}
        for row in table.rows:
            anchor = table.anchor(row.name)
            where = "%s:%d (%s #%s): %s argument %r" % (source, row.line, built, anchor, table.api, row.name)
            checked.add((table.api, row.name))
            if anchor not in rows:
                problems.append("%s: no row with the entry #%s on the built page" % (where, anchor))
                continue
            header, cells, _ = rows[anchor]
            if header != COLUMNS or len(cells) != len(COLUMNS):
                problems.append("%s: the built table has the columns %s and %d cells in this row, not %s"
                                % (where, header, len(cells), COLUMNS))
                continue
            if cells[0].name != row.name:
                problems.append("%s: the row's heading shows %r" % (where, cells[0].name))
            for world, cell, want in zip(WORLDS, cells[1:3], expected_cells(row.name, tf24, k3)):
                if cell.shown != want:
                    problems.append("%s: the %s cell shows %s, data/api/%s.json says %s (so it must show %s)" % (
                        where, WORLDS[world], cell.value(), world,
                        _data_value((tf24 if world == "tf24" else k3).get(row.name, _MISSING)), _as_shown(want)))
            description = text_of(markdown.markdown(row.description))
            if " ".join(cells[3].text.split()) != description or not description:
                problems.append("%s: the built row's description is %r, the page's %r" % (
                    where, " ".join(cells[3].text.split()), description))
            entries = by_key.get((table.api, row.name), [])
            if len(entries) != 1:
                problems.append("%s: site/defaults.json has %d entries for it" % (where, len(entries)))
                continue
            entry = entries[0]
            for world, values in (("tf24", tf24), ("keras3", k3)):
                if entry[world] != values.get(row.name):
                    problems.append("%s: site/defaults.json's %s is %r, data/api/%s.json says %s" % (
                        where, world, entry[world], world, _data_value(values.get(row.name, _MISSING))))
            if (entry["anchor"], entry["page"]) != (anchor, str(table.page.relative_to(docs))):
                problems.append("%s: site/defaults.json places it at %s#%s" % (where, entry["page"], entry["anchor"]))
        if len(numbers) > 1:
            problems.append("%s:%d: the rows of %s are split over %d built tables"
                            % (source, table.line, table.api, len(numbers)))
    for html_path, rows in pages.items():
        problems += ["%s: the row #%s is in no table of the page's source" % (html_path.relative_to(project), a)
                     for a in sorted(set(rows) - expected_anchors[html_path])]
    extra = sorted(set(by_key) - checked)
    problems += ["site/defaults.json: %s %r is in no table of the pages" % key for key in extra]
    assert not problems, "\n".join(problems)
