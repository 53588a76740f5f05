"""Searching the whole API: for a random sample of (API, argument) pairs of
every TF 2.4 tf.keras API, typing ``API ARG`` lists that argument's entry
first, showing its defaults, and typing ``ARG`` alone lists an entry of an
argument of that name first (or of an API of that very name, or that it
qualifies: ``shape`` finds ``backend.shape``, ``losses`` ``losses.Hinge``). The seed is printed; ``TFNOTES_SEED`` replays
a run.
"""

import json
import os
import random
from urllib.parse import unquote, urlsplit

import pytest

from tfnotes.api.model import STOP_WORDS

pytestmark = pytest.mark.browser

SAMPLE = 100


def _entries(site_root):
    published = json.loads((site_root / "defaults.json").read_text(encoding="utf-8"))
    # *args/**kwargs are no words to type; search drops its stop words, so
    # an argument named by one (``pow(x, a)``) is not looked for either. An
    # API named by one is, by its qualified name (``backend.any axis``).
    whole = [a for a in published["api"] if a["search"] and not a["argument"].startswith("*")
             and a["argument"] not in STOP_WORDS]
    return whole, published["arguments"]


def _searchable(site_root):
    published = json.loads((site_root / "defaults.json").read_text(encoding="utf-8"))
    return [a for a in published["api"] if a["search"]]


def _where(href):
    """``api/layers-convolution/#conv2d-padding`` of a result's link."""
    parts = urlsplit(href)
    return unquote(parts.path).lstrip("/"), parts.fragment


def _first_section(page, query):
    """The first result's best section as (href, text), once the results
    for the whole query are in (their links carry it as ?h=)."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(query)
    last = query.split()[-1].split(".")[-1].lower()
    page.wait_for_function(
        "w => { const a = document.querySelector('.md-search-result__item');"
        " return a && [...a.querySelectorAll('a')].some(l => {"
        " const h = new URL(l.href).searchParams.get('h') || '';"
        " return h.split(' ').includes(w); }); }", arg=last, timeout=5_000)
    # Material re-renders the list as late results arrive: read it until
    # two readings 150 ms apart agree (a loaded machine is slow to settle).
    sections, previous = None, []
    for _ in range(15):
        page.wait_for_timeout(150)
        sections = page.locator(".md-search-result__item").first.locator(
            "a.md-search-result__link").evaluate_all(
            "links => links.map(a => [a.getAttribute('href'), a.innerText])")
        if sections == previous:
            break
        previous = sections
    sections = [(h, t) for h, t in sections if "#" in h]
    return sections[0] if sections else (None, "")


def _shown(entry):
    if entry["search_title"]:
        return entry["search_title"].split(" · ", 1)[1]
    value = entry["tf24"] if entry["in_tf24"] else entry["keras3"]
    return "(required)" if value == "required" else "= %s" % value


def _problems(page, site_root, drawn):
    """For each drawn entry: ``API ARG`` lists it first, showing its
    defaults, and ``ARG`` an entry of that argument (or of an API it
    names); the problems found."""
    whole, notes = _entries(site_root)
    by_query = {}
    for a in whole:
        by_query.setdefault((a["query"].lower(), a["argument"]), []).append(a)
    names = {}
    for a in whole:
        names.setdefault(a["argument"], set()).add(_where(a["url"]))
    for a in _searchable(site_root):  # an API of that very name answers it too (backend.shape),
        for word in a["query"].lower().split("."):  # and one it qualifies (losses.Hinge, Model.build)
            if word in names:
                names[word].add(_where(a["url"]))
    for a in notes:  # the notes' entries: page "layers/embedding.md" is served at layers/embedding/
        page_path = a["page"][:-3] + "/" if not a["page"].endswith("index.md") else a["page"][:-8]
        names.setdefault(a["argument"], set()).add((page_path, a["anchor"]))
    problems = []
    for entry in drawn:
        query = "%s %s" % (entry["query"], entry["argument"])
        try:
            href, text = _first_section(page, query)
        except Exception:  # noqa: BLE001 - reported with the query
            problems.append("%r: no results" % query)
            continue
        got = _where(href) if href else None
        wanted = {_where(a["url"]) for a in by_query[(entry["query"].lower(), entry["argument"])]}
        if got not in wanted:
            problems.append("%r: the first result is %s, not %s" % (query, href, entry["url"]))
        elif _shown(entry) not in text:
            problems.append("%r: the first result %r does not show %r" % (query, text.strip(), _shown(entry)))
        try:
            href, text = _first_section(page, entry["argument"])
        except Exception:  # noqa: BLE001
            problems.append("%r: no results" % entry["argument"])
            continue
        got = _where(href) if href else None
        if got not in names[entry["argument"]]:
            problems.append("%r: the first result %s is no entry of an argument %r" % (
                entry["argument"], href, entry["argument"]))
    return problems


def test_a_random_sample_of_the_whole_api_is_found_first(visit, page, page_log, site_root, base_url, capsys):
    whole, _ = _entries(site_root)
    seed = int(os.environ.get("TFNOTES_SEED") or random.randrange(1 << 30))
    with capsys.disabled():
        print("\nAPI search sample: seed %d (TFNOTES_SEED=%d replays it), %d of %d searchable arguments"
              % (seed, seed, SAMPLE, len(whole)))
    drawn = random.Random(seed).sample(whole, SAMPLE)
    visit("")
    problems = _problems(page, site_root, drawn)
    assert not problems, "seed %d, %d of %d queries failed:\n%s" % (
        seed, len(problems), 2 * SAMPLE, "\n".join(problems))
    page_log.assert_clean("search for the whole API", external=False)


def test_apis_named_by_a_stop_word_and_hidden_arguments_are_found_first(visit, page, page_log, site_root):
    """The cases a random sample rarely draws: every API whose name search
    would drop (``backend.any``, ``losses.get``), typed with its module,
    and arguments hidden in ``**kwargs`` of layers and optimizers."""
    whole, _ = _entries(site_root)
    stop_named = [a for a in whole if a["query"].lower().rsplit(".", 1)[-1] in STOP_WORDS]
    hidden = [a for a in whole if a["extra"] and (a["api"], a["argument"]) in {
        ("tf.keras.layers.Conv2D", "input_shape"), ("tf.keras.layers.Dense", "weights"),
        ("tf.keras.layers.LSTM", "batch_input_shape"), ("tf.keras.layers.Embedding", "batch_size"),
        ("tf.keras.layers.GRU", "autocast"), ("tf.keras.optimizers.Adam", "clipnorm")}]
    assert len(stop_named) >= 10 and len(hidden) == 6, (len(stop_named), [(a["api"], a["argument"]) for a in hidden])
    visit("")
    problems = _problems(page, site_root, stop_named + hidden)
    assert not problems, "%d of %d queries failed:\n%s" % (
        len(problems), 2 * len(stop_named + hidden), "\n".join(problems))
    page_log.assert_clean("search for APIs named by stop words", external=False)


def test_all_defaults_filters_the_whole_api(visit, page, page_log, site_root):
    """The All defaults page lists the whole API's arguments on demand: a
    filter finds an argument no notes page documents, with its defaults,
    linking to its entry; nothing of it is loaded before the reader types."""
    whole, _ = _entries(site_root)
    wanted = next(a for a in whole if a["api"] == "tf.keras.layers.Conv1D" and a["argument"] == "dilation_rate")
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
