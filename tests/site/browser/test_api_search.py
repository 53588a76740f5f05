"""The search box as a reader uses it: a dozen fixed queries, typed key by
key into the real search box, list first the entry that the exhaustive
check (``tests/site/test_search_ranking.py``) wants, showing its default,
and exactly the first result that check's search (the site's worker, run in
Node) lists: so the check that covers every entry searches as readers do.
"""

import json
from urllib.parse import unquote, urlsplit

import pytest

pytestmark = pytest.mark.browser

# One of each kind of ranking rule (searchtags): an API that keeps the bare
# name over a backend function's, a name before a longer one's (GRU,
# GRUCell), a notes entry first for its name alone, an API named by a stop
# word, an argument hidden in **kwargs that a notes page documents, a class
# before its methods and a method by its class, a notes entry of Keras 3's
# name only, a qualified API, a notes entry typed with its API.
QUERIES = [
    "Constant value", "Conv2D padding", "GRU dropout", "learning_rate", "validation_split",
    "backend.any axis", "Adam clipnorm", "Model input_shape", "Model.build input_shape",
    "to_categorical x", "losses.Hinge reduction", "evaluate workers",
]

# Records the last query the page posts to the search worker and the query
# the worker's last answer names (the site's worker answers only the newest
# query waiting, docs/javascripts/search-worker.js). The results list is
# rendered in the same task as an answer arrives, so once the typed query
# is both the last posted and the last answered, what is listed is its
# answer.
WATCH_SEARCH_WORKER = """
(() => {
  const Native = window.Worker;
  const state = window.__tfnSearch = {last: null, answered: undefined};
  window.Worker = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", ev => {
        if (ev.data && ev.data.type === 3) state.answered = ev.data.query;
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) state.last = message.data;
      return super.postMessage(message, ...rest);
    }
  };
})();
"""


def _where(href):
    """``api/layers-convolution/#conv2d-padding`` of a result's link."""
    parts = urlsplit(href)
    return "%s#%s" % (unquote(parts.path).lstrip("/"), parts.fragment)


def _first_section(page, query):
    """Type ``query`` as a reader does; the first result's best section as
    (location, text), or None."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query)
    page.wait_for_function(
        "q => { const s = window.__tfnSearch;"
        " return s.last === q && s.answered === q; }", arg=query)
    links = page.locator(".md-search-result__item").first.locator("a.md-search-result__link").evaluate_all(
        "links => links.map(a => [a.getAttribute('href'), a.innerText])")
    sections = [(_where(h), t) for h, t in links if "#" in h]
    return sections[0] if sections else None


def test_typed_queries_list_what_the_exhaustive_check_lists(
        page, page_log, base_url, search_engine, search_expectations):
    unknown = [q for q in QUERIES if not (search_expectations.by_api_and_name.get(q)
                                          or search_expectations.by_name.get(q))]
    assert not unknown, "no such entries any more: %s" % unknown
    expected = search_engine(QUERIES)
    page.add_init_script(WATCH_SEARCH_WORKER)
    response = page.goto(base_url)
    assert response is not None and response.ok, response
    problems = []
    for query in QUERIES:
        got, wanted = _first_section(page, query), search_expectations.wanted(query)
        if got is None:
            problems.append("%r: no result" % query)
        elif got[0] not in wanted:
            problems.append("%r: first %s; wanted %s" % (query, got[0], " or ".join(sorted(wanted))))
        elif search_expectations.shown[got[0]] not in got[1]:
            problems.append("%r: first %s does not show %r: %r" % (
                query, got[0], search_expectations.shown[got[0]], got[1]))
        if (got or (None,))[0] != (expected[query] or (None,))[0]:
            problems.append("%r: the browser lists %s first, the search in Node %s" % (
                query, got and got[0], expected[query] and expected[query][0]))
    assert not problems, "\n".join(problems)
    page_log.assert_clean("search for the whole API", external=False)


def _published(site_root):
    return json.loads((site_root / "defaults.json").read_text(encoding="utf-8"))["api"]


def test_all_defaults_filters_the_whole_api(visit, page, page_log, site_root):
    """The All defaults page lists the whole API's arguments on demand: a
    filter finds an argument no notes page documents, with its defaults,
    linking to its entry; nothing of it is loaded before the reader types."""
    wanted = next(a for a in _published(site_root) if a["api"] == "tf.keras.layers.Conv1D" and a["argument"] == "dilation_rate")
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    visit("defaults/")
    assert not [u for u in requests if u.endswith("api/all.json")], "api/all.json loaded before any typing"
    box = page.locator("#tfn-api-filter")
    box.click()
    box.press_sequentially("Conv1D dilation_rate")
    row = page.locator("#tfn-api-rows tr", has_text="tf.keras.layers.Conv1D").first
    row.wait_for(state="visible", timeout=5_000)
    cells = row.locator("td").all_inner_texts()
    assert cells[:2] == ["tf.keras.layers.Conv1D", "dilation_rate"], cells
    assert cells[2] == wanted["tf24"] and cells[3].startswith(wanted["keras3"]), (cells, wanted)
    href = row.locator("a").get_attribute("href")
    assert href.endswith(wanted["url"]), (href, wanted["url"])
    page_log.assert_clean("All defaults, whole API", external=False)
