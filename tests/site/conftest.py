"""Fixtures of the checks that search the built site: its own search
engine, run outside a browser, and what each query must list first.

``search_engine`` runs material's search worker, the one the built site
ships (it bundles lunr and reads the separator, pipeline and boosts from
the index's ``config``), in Node over the built index, all queries in one
batch (``search_ranking.js``). ``search_expectations`` says, from the
built ``defaults.json``, which entries are right first for every query the
site promises to answer: ``API ARG`` for every argument entry of the whole
API and of the notes pages, and ``ARG`` alone.
"""

import html
import json
import os
import shutil
import subprocess
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Set, Tuple

import pytest

from tfnotes.api.model import STOP_WORDS
from tfnotes.history import changes

RUNNER = Path(__file__).with_name("search_ranking.js")

FirstResults = Dict[str, Optional[Tuple[str, str]]]


def first_results(site: Path, queries: Iterable[str]) -> FirstResults:
    """``{query: (location, title) of its first result, or None}``, as the
    site's search worker answers: one Node per core, each a share of the
    queries in one batch."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is not installed: the search checks run the site's search "
                    "worker in it (apt-get install nodejs)", pytrace=False)
    asked = sorted(set(queries))
    cores = os.cpu_count() or 1
    shares = [asked[n::cores] for n in range(cores) if asked[n::cores]]
    out = {}
    with tempfile.TemporaryDirectory() as scratch:
        running = []
        for n, share in enumerate(shares):
            path = Path(scratch, "queries-%d.json" % n)
            path.write_text(json.dumps(share), encoding="utf-8")
            running.append(subprocess.Popen([node, str(RUNNER), str(site), str(path)], stdout=subprocess.PIPE,
                                            stderr=subprocess.PIPE, text=True))
        for share, run in zip(shares, running):
            answers, errors = run.communicate()
            if run.returncode:
                pytest.fail("%s failed:\n%s" % (RUNNER.name, errors), pytrace=False)
            # The results list shows a title as HTML (&amp; reads &).
            out.update((q, (a[0], html.unescape(a[1])) if a else None) for q, a in zip(share, json.loads(answers)))
    return out


def _location(page: str, anchor: str) -> str:
    """``layers/embedding.md``, ``embedding-weights`` -> the index's
    ``layers/embedding/#embedding-weights``."""
    folder = page[: -len("index.md")] if page.endswith("index.md") else page[: -len(".md")] + "/"
    return "%s#%s" % (folder, anchor)


def _shown(row: Dict[str, Optional[str]]) -> str:
    """What an entry's title shows of its defaults: TF 2.4's, or Keras 3's
    for an argument TF 2.4 does not have (``x (not in 2.4) · Keras 3: v``)."""
    if row["tf24"] is None:
        return "Keras 3: %s" % row["keras3"]
    return "(required)" if row["tf24"] == "required" else "= %s" % row["tf24"]


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
            shown = _shown(row)
        out.append({"api": a["api"], "query": a["query"], "argument": a["argument"],
                    "location": a["url"], "shown": shown})
    seen = {e["location"] for e in out}
    for location, a in notes.items():
        if location not in seen:
            out.append({"api": a["api"], "query": queries.get(a["api"], a["api"].rsplit(".", 1)[-1]),
                        "argument": a["argument"], "location": location,
                        "shown": _shown(a)})
    return out


def _typed(entries):
    """The entries whose argument a reader can type: not ``*args`` or
    ``**kwargs``, nor a stop word (search drops those: ``pow(x, a)``)."""
    return [e for e in entries if not e["argument"].startswith("*") and e["argument"] not in STOP_WORDS]


def by_api_and_name(entries) -> Dict[str, Set[str]]:
    """``{"Conv2D padding": locations that are right first}``: the entry,
    and any other of the same API and argument (``losses.Hinge`` and
    ``losses.hinge`` are typed alike)."""
    same: Dict[Tuple[str, str], Set[str]] = defaultdict(set)
    for e in entries:
        same[e["api"], e["argument"]].add(e["location"])
        same[e["query"].lower(), e["argument"]].add(e["location"])
    wanted: Dict[str, Set[str]] = defaultdict(set)
    for e in _typed(entries):
        query = "%s %s" % (e["query"], e["argument"])
        wanted[query] |= same[e["api"], e["argument"]] | same[e["query"].lower(), e["argument"]]
    return dict(wanted)


def by_name(entries) -> Dict[str, Set[str]]:
    """``{"padding": locations that are right first}``: where a notes page
    documents an argument of that name, its notes entry, or an entry of an
    API of that very name (``activation``: the Activation layer's); else an
    entry of that argument or of an API the name names or qualifies
    (``shape``: ``backend.shape``'s; ``losses``: a ``losses.X``'s)."""
    notes, named, of_api = defaultdict(set), defaultdict(set), defaultdict(set)
    for e in entries:
        named[e["argument"]].add(e["location"])
        if not e["location"].startswith("api/"):
            notes[e["argument"]].add(e["location"])
        for word in e["query"].lower().split("."):
            of_api[word].add(e["location"])
    same_name = defaultdict(set)
    for e in entries:
        same_name[e["query"].lower().rsplit(".", 1)[-1]].add(e["location"])
    return {e["argument"]: notes[e["argument"]] | same_name[e["argument"]] if notes.get(e["argument"])
            else named[e["argument"]] | of_api[e["argument"]] for e in _typed(entries)}


def by_api_name_and_release(entries, changed_in) -> Dict[str, Set[str]]:
    """``{"Adam lr 2.11": right first}``: an argument typed with a release
    where it changed (``changed_in``: the built ``history.json`` through
    :func:`tfnotes.history.changes.changed_in`) finds what ``Adam lr``
    finds."""
    plain = by_api_and_name(entries)
    wanted: Dict[str, Set[str]] = {}
    for e in _typed(entries):
        for release in changed_in.get((e["api"], e["argument"]), ()):
            query = "%s %s" % (e["query"], e["argument"])
            wanted["%s %s" % (query, release)] = plain[query]
    return wanted


@dataclass
class Expectations:
    by_api_and_name: Dict[str, Set[str]]  # "Conv2D padding": right first
    by_name: Dict[str, Set[str]]  # "padding": right first
    shown: Dict[str, str]  # location: what its title must show
    by_release: Dict[str, Set[str]]  # "Adam lr 2.11": right first

    def wanted(self, query: str) -> Set[str]:
        return self.by_api_and_name.get(query) or self.by_name[query]


@pytest.fixture(scope="session")
def search_expectations(site) -> Expectations:
    entries = catalogue(site)
    history = json.loads((site / "history.json").read_text(encoding="utf-8"))
    changed_in = changes.changed_in(changes.release_changes(history))
    return Expectations(by_api_and_name(entries), by_name(entries),
                        {e["location"]: e["shown"] for e in entries},
                        by_api_name_and_release(entries, changed_in))


@pytest.fixture(scope="session")
def search_engine(site) -> Callable[[Iterable[str]], FirstResults]:
    """``search_engine(queries)``: :func:`first_results` on the built site."""
    return lambda queries: first_results(site, queries)
