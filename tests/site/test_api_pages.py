"""The generated "API defaults" pages: every argument of the whole TF 2.4
tf.keras API is one addressable entry showing the committed defaults of
both worlds, and one search result; an argument a notes page documents
keeps that single entry. (The data itself is checked against each library
by tests/library/test_api_walk.py.)"""

import html
import json
import re
from collections import Counter

import pytest

from tfnotes.api import extract, groups
from tfnotes.site import search

ROW = re.compile(r"<tr[^>]*><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>.*?</td></tr>", re.S)
ID = re.compile(r'\bid="([^"]+)"')


@pytest.fixture(scope="module")
def published(site):
    return json.loads((site / "defaults.json").read_text(encoding="utf-8"))["api"]


@pytest.fixture(scope="module")
def index(site):
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def _page(site, url):
    return (site / url.split("#")[0] / "index.html").read_text(encoding="utf-8")


def _text(cell):
    return html.unescape(re.sub(r"<[^>]+>", "", cell)).strip()


def test_every_argument_of_the_whole_api_is_published(project, published):
    data = extract.load("tf24", project)["apis"]
    expected = Counter((path, p["name"]) for path, api in data.items()
                       for p in (api["params"] or []) + (api.get("extras") or []))
    shown = Counter((a["api"], a["argument"]) for a in published if a["in_tf24"])
    missing = sorted(set(expected) - set(shown))
    extra = sorted(set(shown) - set(expected))
    twice = sorted(k for k, n in shown.items() if n > 1)
    assert not (missing or extra or twice), "missing %s; not in the data %s; twice %s" % (
        missing[:20], extra[:20], twice[:20])
    assert len(expected) > 2000, "only %d arguments in data/api/tf24.json" % len(expected)


def test_each_entry_shows_the_committed_defaults(project, site, published):
    """Each generated row shows the TF 2.4 default of data/api/tf24.json and
    the Keras 3 one of keras3.json; each notes-covered argument links to its
    notes entry and has no entry of its own."""
    data24 = extract.load("tf24", project)["apis"]
    data3 = extract.load("keras3", project)["apis"]
    data3_tried = extract.load("keras3", project).get("tf24_extras", {})
    pages = {}
    problems = []
    for a in published:
        url = a["url"]
        if url.split("#")[0] not in pages:
            pages[url.split("#")[0]] = _page(site, url)
        text = pages[url.split("#")[0]]
        anchor = url.split("#")[1]
        if 'id="%s"' % anchor not in text:
            problems.append("%s %s: no entry #%s on %s" % (a["api"], a["argument"], anchor, url))
            continue
        if a["notes"]:
            continue
        library = {p["name"]: p["default"] for p in (data24[a["api"]]["params"] or [])
                   + (data24[a["api"]].get("extras") or [])}
        if a["in_tf24"] and library.get(a["argument"]) != a["tf24"]:
            problems.append("%s %s (page %s): shown %s, data/api/tf24.json says %s" % (
                a["api"], a["argument"], url, a["tf24"], library.get(a["argument"])))
        k3 = a["keras3_api"] and {p["name"]: p["default"] for p in data3[a["keras3_api"]]["params"] or []}
        if a["extra"] and not (k3 and a["keras3_name"] in k3):
            said = data3_tried.get(a["api"], {}).get(a["argument"], "")
            if (a["keras3"] or "").startswith("accepted") and said != "accepted":
                problems.append("%s %s (page %s): shown accepted by Keras 3, keras3.json says %r" % (
                    a["api"], a["argument"], url, said))
        elif k3 and a["keras3_name"] and k3.get(a["keras3_name"]) != a["keras3"]:
            problems.append("%s %s (page %s): Keras 3 shown %s, data/api/keras3.json says %s" % (
                a["api"], a["argument"], url, a["keras3"], k3.get(a["keras3_name"])))
        start = text.index('id="%s"' % anchor)
        row = ROW.search(text, text.rfind("<tr", 0, start))
        cells = [_text(c) for c in row.groups()]
        want24 = "not in 2.4" if not a["in_tf24"] else (
            "—" if a["tf24"] is None else a["tf24"])
        if a["extra"]:
            want24 = "left out: %s" % a["tf24"] if a["tf24"] else "not set"
        if not cells[1].startswith(want24):
            problems.append("%s %s (page %s): the TF 2.4 cell shows %r, the data %r" % (
                a["api"], a["argument"], url, cells[1], want24))
        if a["keras3"] is not None and a["keras3"] not in cells[2]:
            problems.append("%s %s (page %s): the Keras 3 cell %r lacks %r" % (
                a["api"], a["argument"], url, cells[2], a["keras3"]))
    assert not problems, "\n".join(problems[:50])


def test_ids_are_unique_on_every_generated_page(site):
    problems = []
    for page in sorted((site / groups.FOLDER).glob("*/index.html")):
        ids = Counter(ID.findall(page.read_text(encoding="utf-8")))
        twice = [i for i, n in ids.items() if n > 1]
        if twice:
            problems.append("%s: ids used twice: %s" % (page.relative_to(site), twice[:10]))
    assert not problems, "\n".join(problems)


def test_one_search_result_per_argument(published, index):
    by_location = Counter(d["location"] for d in index)
    docs = {d["location"]: d for d in index}
    problems = []
    for a in published:
        if not a["search"]:
            if by_location[a["url"]]:
                problems.append("%s %s: a search entry at %s, though none is meant" % (
                    a["api"], a["argument"], a["url"]))
            continue
        if by_location[a["url"]] != 1:
            problems.append("%s %s: %d search entries at %s" % (
                a["api"], a["argument"], by_location[a["url"]], a["url"]))
            continue
        doc = docs[a["url"]]
        if a["search_title"] and html.unescape(doc["title"]) != a["search_title"]:
            problems.append("%s %s: search title %r, expected %r" % (
                a["api"], a["argument"], doc["title"], a["search_title"]))
        if a["argument"].lstrip("*") not in doc.get(search.FIELD, []):
            problems.append("%s %s: the search entry is not tagged with its name" % (a["api"], a["argument"]))
    covered = {a["url"].split("#")[0] + "#" + a["url"].split("#")[1] for a in published}
    stray = [d["location"] for d in index if d["location"].startswith(groups.FOLDER + "/")
             and "#" in d["location"] and "-" in d["location"].split("#")[1]
             and d.get(search.FIELD) and d["location"] not in covered]
    problems += ["search entry %s is no argument of the data" % s for s in stray[:10]]
    assert not problems, "\n".join(problems[:50])


def test_what_changed_covers_the_whole_api(project, site, published):
    """The "What changed since 2.4" page counts every API of the data per
    module and lists every move, removal and changed default, linking to
    the entries."""
    text = (site / "keras3" / "index.html").read_text(encoding="utf-8")
    section = text[text.index('id="the-whole-api"'):]
    data24 = extract.load("tf24", project)["apis"]
    modules = Counter(".".join(p.split(".")[:3]) for p in data24)
    problems = []
    for module, n in modules.items():
        row = re.search(r"<td><code>%s</code></td>\s*<td>(\d+)</td>" % re.escape(module), section)
        if not row or int(row.group(1)) != n:
            problems.append("%s: the table counts %s APIs, the data has %d" % (
                module, row and row.group(1), n))
    changed = [a for a in published if a["status"] == "changed"]
    listed = section[section.index("Defaults that changed"):section.index("Arguments removed")]
    for a in changed:
        if 'href="../%s"' % a["url"] not in listed:
            problems.append("%s %s changed but is not listed with a link to %s" % (a["api"], a["argument"], a["url"]))
    assert changed, "no changed default in the whole API?"
    assert not problems, "\n".join(problems[:30])
