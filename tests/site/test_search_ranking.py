"""Search ranking, checked on every entry with the site's own search.

Every argument entry of the whole API and every notes entry is searched as
``API ARG`` (it must be the first result, showing its default), and every
argument's name alone as ``ARG`` (the first result must be the notes'
entry of that argument where a notes page has one, or an entry of an API
of that very name: ``activation`` may find the Activation layer's; else an
entry of that argument or of an API the name names or qualifies:
``losses`` finds a ``losses.Hinge``'s).

The search is material's own worker, the one the built site ships, run in
Node over the built index in one batch (the ``search_engine`` fixture,
conftest.py): no browser, every entry, the same answer on every run.
``browser/test_api_search.py`` types a dozen queries into the real search
box and checks that it answers as this does.
"""

import json
from typing import Dict, List, Set

import pytest

from tfnotes.site import search

# Its tests share a module fixture: pytest-xdist keeps them on one worker.
pytestmark = pytest.mark.xdist_group("search_ranking")


def wrong_firsts(wanted: Dict[str, Set[str]], found, shown=None) -> List[str]:
    """The queries whose first result is not one of the wanted locations
    (or does not show what ``shown`` says its location must), each named
    with what it wanted and what came first."""
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
def found(search_engine, search_expectations):
    return search_engine(list(search_expectations.by_api_and_name) + list(search_expectations.by_name)
                         + list(search_expectations.by_release))


def test_every_argument_is_first_for_its_api_and_name(search_expectations, found):
    wanted = search_expectations.by_api_and_name
    assert len(wanted) > 3000, len(wanted)  # the whole API, not a sample
    problems = wrong_firsts(wanted, found, search_expectations.shown)
    assert not problems, "%d of %d queries:\n%s" % (len(problems), len(wanted), "\n".join(problems))


def test_every_argument_name_alone_finds_an_entry_of_it(search_expectations, found):
    wanted = search_expectations.by_name
    problems = wrong_firsts(wanted, found)
    assert not problems, "%d of %d queries:\n%s" % (len(problems), len(wanted), "\n".join(problems))


def test_every_changed_argument_is_first_for_its_api_name_and_a_release_of_a_change(
        search_expectations, found, site):
    wanted = search_expectations.by_release
    assert "Adam lr 2.11" in wanted  # lr became ignored in 2.11
    problems = wrong_firsts(wanted, found, search_expectations.shown)
    # ... and found by the release too, not by its API and name alone
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    tags = {d["location"]: d.get(search.FIELD, []) for d in index["docs"]}
    problems += ["%r: first %s is not tagged %s" % (q, found[q][0], q.rsplit(" ", 1)[1])
                 for q in sorted(wanted) if found[q] and q.rsplit(" ", 1)[1] not in tags[found[q][0]]]
    assert not problems, "%d of %d queries:\n%s" % (len(problems), len(wanted), "\n".join(problems))
