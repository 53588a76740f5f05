"""Argument tables are complete: one row for every parameter of the API in
TF 2.4 and in Keras 3, and no row for anything else. The data they are
checked against is itself checked against the library (tests/library)."""

import json

from tfnotes import argtables, defaults


def _params(data, api):
    return [p["name"] for p in (data["apis"].get(api) or [])]


def test_every_argument_has_a_row_and_every_row_an_argument(project, docs):
    worlds = {w: defaults.load(w, project) for w in ("tf24", "keras3")}
    problems = []
    for table in argtables.tables(docs):
        where = "docs/%s:%d" % (table.page.relative_to(docs), table.line)
        rows = [row.name for row in table.rows]
        expected = []
        for world, data in worlds.items():
            if not data["apis"] and world == "keras3":
                continue
            for name in _params(data, table.api):
                if name not in expected:
                    expected.append(name)
                if name not in rows:
                    value = next(p["default"] for p in data["apis"][table.api] if p["name"] == name)
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


def test_pages_show_the_verified_defaults(project, docs, site):
    """The built tables and defaults.json carry exactly the committed data."""
    published = json.loads((site / "defaults.json").read_text())
    by_key = {(a["api"], a["argument"]): a for a in published["arguments"]}
    tf24 = defaults.load("tf24", project)
    problems = []
    for table in argtables.tables(docs):
        page_html = None
        for p in tf24["apis"].get(table.api) or []:
            entry = by_key.get((table.api, p["name"]))
            if entry is None or entry["tf24"] != p["default"]:
                problems.append("defaults.json: %s %s is %r, data says %r" % (
                    table.api, p["name"], entry and entry["tf24"], p["default"]))
                continue
            if page_html is None:
                rel = table.page.relative_to(docs).with_suffix("")
                rel = rel.parent if rel.name == "index" else rel
                page_html = (site / rel / "index.html").read_text(encoding="utf-8")
            if 'id="%s"' % entry["anchor"] not in page_html:
                problems.append("%s: no entry #%s on the built page" % (table.page, entry["anchor"]))
    assert not problems, "\n".join(problems)
