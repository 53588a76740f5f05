"""Searching an argument's name answers with its entry and default.

For a broad sample of arguments, one of every documented API (plus the
ones readers ask for most), typing the name into the site's search box
must list, as the first result, the entry of that argument: the result
links straight to the argument's anchor and shows its TF 2.4 default.
"""

import json
from collections import defaultdict
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

ASKED_MOST = ["recurrent_initializer", "validation_freq", "num_thresholds", "validation_split"]


def _arguments(site_root):
    published = json.loads((site_root / "defaults.json").read_text(encoding="utf-8"))
    return [a for a in published["arguments"] if not a["argument"].startswith("*")]


def sample(site_root):
    """One argument per API (the first whose name no other API uses, so the
    expected entry is unambiguous, where there is one), plus the most
    asked-for ones."""
    arguments = _arguments(site_root)
    owners = defaultdict(set)
    for a in arguments:
        owners[a["argument"]].add(a["api"])
    picked = {}
    for a in arguments:
        if a["api"] not in picked and len(owners[a["argument"]]) == 1:
            picked[a["api"]] = a["argument"]
    # An API whose every argument is shared (say, an optimizer's) is
    # sampled too: any entry of that name answers the search.
    for a in arguments:
        picked.setdefault(a["api"], a["argument"])
    names = sorted(set(picked.values()) | set(ASKED_MOST))
    return names, {name: [a for a in arguments if a["argument"] == name] for name in names}


def test_search_answers_with_the_argument_entry(visit, page, page_log, site_root,
                                                 search_expectations):
    names, entries = sample(site_root)
    apis = {a["api"] for a in _arguments(site_root)}
    covered = {a["api"] for n in names for a in entries[n]}
    assert covered == apis, "APIs with no argument in the sample: %s" % sorted(apis - covered)
    missing = [n for n in ASKED_MOST if not entries[n]]
    assert not missing, "no documented argument named %s" % missing
    visit("")
    box = page.locator("input.md-search__input")
    problems = []
    for name in names:
        box.click()
        box.fill("")
        # Material's search listens to key events: type, don't fill.
        box.press_sequentially(name)
        first = page.locator(".md-search-result__item").first
        try:
            first.wait_for(state="visible", timeout=5_000)
            # Results arrive while typing (a prefix matches too); those for
            # the whole name carry it as the highlight parameter ?h=.
            page.wait_for_function(
                "n => { const a = document.querySelector('.md-search-result__item');"
                " return a && [...a.querySelectorAll('a')].some("
                "l => (l.getAttribute('href') || '').includes('h=' + n + '#')); }",
                arg=name, timeout=5_000)
        except Exception:  # noqa: BLE001 - reported below with what was shown
            problems.append("%s: no search result" % name)
            continue
        # The first result groups a page; its best section comes first after
        # the page header and must be the argument's own entry.
        # One snapshot: material re-renders the list while results arrive.
        sections = first.locator("a.md-search-result__link").evaluate_all(
            "links => links.map(a => [a.getAttribute('href'), a.innerText])")
        sections = [(h, t) for h, t in sections if "#" in h]
        if not sections:
            problems.append("%s: the first result has no section link" % name)
            continue
        href, text = sections[0]
        parts = urlsplit(href)
        location = "%s#%s" % (parts.path.lstrip("/"), parts.fragment)
        # Right first, by the site's promise that the exhaustive check in
        # Node holds every name to (tests/site/conftest.py): the notes
        # entry of that name, or an entry of the API of that very name.
        wanted = search_expectations.wanted(name)
        if location not in wanted:
            problems.append("%s: the first result links to %s, not to one of %s" % (
                name, location, ", ".join(sorted(wanted))))
            continue
        if search_expectations.shown[location] not in text:
            problems.append("%s: the first result %r does not show the default %r" % (
                name, text.strip(), search_expectations.shown[location]))
    assert not problems, "\n".join(problems)
    page_log.assert_clean("search for arguments", external=False)


_IN_VIEW = """e => { const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight; }"""


def test_a_result_leads_straight_to_the_argument(visit, page, base_url, site_root):
    """Clicking the search result of validation_split scrolls its entry into
    view, in the row that shows its defaults of both worlds."""
    entry = next(a for a in _arguments(site_root) if a["anchor"] == "fit-validation_split")
    visit("")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("validation_split")
    link = page.locator(".md-search-result__item a.md-search-result__link[href*='#fit-validation_split']").first
    link.wait_for(state="visible", timeout=5_000)
    link.click()
    page.wait_for_url("**/model/fit/**#fit-validation_split")
    target = page.locator("#fit-validation_split")
    assert target.is_visible(), "the entry #fit-validation_split is not visible after the jump"
    try:
        page.wait_for_function("id => (%s)(document.getElementById(id))" % _IN_VIEW,
                               arg="fit-validation_split", timeout=5_000)
    except Exception:  # noqa: BLE001 - reported with where the entry is
        box = target.bounding_box()
        pytest.fail("after the jump, #fit-validation_split is at y=%s..%s, outside the %d px high window"
                    % (box["y"], box["y"] + box["height"], page.viewport_size["height"]))
    cells = [c.strip() for c in target.locator("xpath=ancestor::tr/td").all_inner_texts()]
    assert cells[1:3] == [entry["tf24"], entry["keras3"]], (
        "the fit.validation_split row shows the defaults %s, site/defaults.json says %s"
        % (cells[1:3], [entry["tf24"], entry["keras3"]]))
