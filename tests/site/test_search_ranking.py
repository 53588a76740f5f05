"""Search ranking, checked on every entry with the site's own search.

Every argument entry of the whole API and every notes entry is searched as
``API ARG`` (it must be the first result, showing its default), and every
argument's name alone as ``ARG`` (the first result must be an entry of an
argument of that name, or of an API that name names or qualifies:
``shape`` finds ``backend.shape``, ``losses`` ``losses.Hinge``; and where
a notes page documents the name, that notes entry).

The search is material's own worker, the one the built site ships (it
bundles lunr, and reads the separator, pipeline and boosts from the
index's ``config``), run in Node over the built index in one batch by
``search_ranking.js``: no browser, every entry, the same answer on every
run. ``browser/test_api_search.py`` types a dozen queries into the real
search box and checks that it answers as this does.
"""

import html
import json
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set, Tuple

import pytest

from tfnotes.api.model import STOP_WORDS

RUNNER = Path(__file__).with_name("search_ranking.js")


def first_results(site: Path, queries: Iterable[str]) -> Dict[str, Optional[Tuple[str, str]]]:
    """``{query: (location, title) of its first result, or None}``, as the
    site's search worker answers, all in one run of Node."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is not installed: the search ranking check runs the site's "
                    "search worker in it (apt-get install nodejs)", pytrace=False)
    asked = sorted(set(queries))
    done = subprocess.run([node, str(RUNNER), str(site)], input=json.dumps(asked),
                          capture_output=True, text=True, check=False)
    if done.returncode:
        pytest.fail("%s failed:\n%s" % (RUNNER.name, done.stderr), pytrace=False)
    # The results list shows a title as HTML (&amp; reads &).
    return {q: (a[0], html.unescape(a[1])) if a else None for q, a in zip(asked, json.loads(done.stdout))}


def _location(page: str, anchor: str) -> str:
    """``layers/embedding.md``, ``embedding-weights`` -> the index's
    ``layers/embedding/#embedding-weights``."""
    folder = page[: -len("index.md")] if page.endswith("index.md") else page[: -len(".md")] + "/"
    return "%s#%s" % (folder, anchor)


def _shown(value: Optional[str]) -> str:
    return "(required)" if value == "required" else "= %s" % value


def catalogue(site: Path) -> List[Dict[str, str]]:
    """Every searchable argument entry: the whole API's (``defaults.json``
    ``api``) and the notes pages' (``arguments``): its API's path, what a
    reader types for the API (``query``), the argument, where its entry is
    and what its title must show."""
    published = json.loads((site / "defaults.json").read_text(encoding="utf-8"))
    notes = {_location(a["page"], a["anchor"]): a for a in published["arguments"]}
    queries = {}
    for a in published["api"]:
        queries.setdefault(a["api"], a["query"])
    out = []
    for a in published["api"]:
        if not a["search"]:
            continue
        if a["search_title"]:
            shown = a["search_title"].split(" · ", 1)[1]
        else:  # a notes entry's title shows what its notes row says
            row = notes.get(a["url"], a)
            shown = _shown(row["tf24"] if row["tf24"] is not None else row["keras3"])
        out.append({"api": a["api"], "query": a["query"], "argument": a["argument"],
                    "location": a["url"], "shown": shown})
    seen = {e["location"] for e in out}
    for location, a in notes.items():
        if location not in seen:
            out.append({"api": a["api"], "query": queries.get(a["api"], a["api"].rsplit(".", 1)[-1]),
                        "argument": a["argument"], "location": location,
                        "shown": _shown(a["tf24"] if a["tf24"] is not None else a["keras3"])})
    return out


def _typed(entries):
    """The entries whose argument a reader can type: not ``*args`` or
    ``**kwargs``, nor a stop word (search drops those: ``pow(x, a)``)."""
    return [e for e in entries if not e["argument"].startswith("*") and e["argument"] not in STOP_WORDS]


def by_api_and_name(entries) -> Dict[str, Set[str]]:
    """``{"Conv2D padding": locations that are right first}``: the entry,
    and any other of the same API and argument (a notes page's and the
    API reference's; ``losses.Hinge`` and ``losses.hinge`` typed alike)."""
    same: Dict[Tuple[str, str], Set[str]] = defaultdict(set)
    for e in entries:
        same[e["api"], e["argument"]].add(e["location"])
        same[e["query"].lower(), e["argument"]].add(e["location"])
    wanted: Dict[str, Set[str]] = defaultdict(set)
    for e in _typed(entries):
        query = "%s %s" % (e["query"], e["argument"])
        wanted[query] |= same[e["api"], e["argument"]] | same[e["query"].lower(), e["argument"]]
    return wanted


def by_name(entries) -> Dict[str, Set[str]]:
    """``{"padding": locations that are right first}``: an entry of an API
    that the name names or qualifies (``activation``: the Activation
    layer's; ``losses``: a ``losses.X``'s), else a notes entry of that
    argument where a notes page has one, else any entry of it."""
    notes, named, of_api = defaultdict(set), defaultdict(set), defaultdict(set)
    for e in entries:
        named[e["argument"]].add(e["location"])
        if not e["location"].startswith("api/"):
            notes[e["argument"]].add(e["location"])
        for word in e["query"].lower().split("."):
            of_api[word].add(e["location"])
    return {e["argument"]: of_api[e["argument"]] | (notes.get(e["argument"]) or named[e["argument"]])
            for e in _typed(entries)}


def wrong_firsts(wanted: Dict[str, Set[str]], found, shown=None) -> List[str]:
    """The queries whose first result is not one of the wanted locations
    (or does not show what ``shown`` says its location must), each named with what
    it wanted and what came first."""
    problems = []
    for query in sorted(wanted):
        first = found[query]
        if first is None:
            problems.append("%r: no result; wanted %s" % (query, " or ".join(sorted(wanted[query]))))
        elif first[0] not in wanted[query]:
            problems.append("%r: first %s (%s); wanted %s" % (
                query, first[0], first[1], " or ".join(sorted(wanted[query]))))
        elif shown and shown[first[0]] not in first[1]:
            problems.append("%r: first %s does not show %r: %r" % (query, first[0], shown[first[0]], first[1]))
    return problems


@pytest.fixture(scope="module")
def entries(site):
    return catalogue(site)


@pytest.fixture(scope="module")
def found(site, entries):
    return first_results(site, list(by_api_and_name(entries)) + list(by_name(entries)))


def test_every_argument_is_first_for_its_api_and_name(entries, found):
    wanted = by_api_and_name(entries)
    shown = {e["location"]: e["shown"] for e in entries}
    assert len(wanted) > 3000, len(wanted)  # the whole API, not a sample
    problems = wrong_firsts(wanted, found, shown)
    assert not problems, "%d of %d queries:\n%s" % (len(problems), len(wanted), "\n".join(problems))


def test_every_argument_name_alone_finds_an_entry_of_it(entries, found):
    wanted = by_name(entries)
    problems = wrong_firsts(wanted, found)
    assert not problems, "%d of %d queries:\n%s" % (len(problems), len(wanted), "\n".join(problems))
