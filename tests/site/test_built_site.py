"""Checks on the HTML that mkdocs built: offline-clean and searchable."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest


class _Resources(HTMLParser):
    """Collects the URLs a page makes the browser fetch by itself."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source") and attrs.get("src"):
            self.urls.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            rel = (attrs.get("rel") or "").lower()
            if any(r in rel for r in ("stylesheet", "preconnect", "preload", "icon", "prefetch", "dns-prefetch", "modulepreload")):
                self.urls.append(attrs["href"])


def _third_party(url: str) -> bool:
    return bool(re.match(r"^(https?:)?//", url))


def test_pages_request_nothing_from_other_hosts(project, site):
    bad = []
    for page in sorted(site.rglob("*.html")):
        parser = _Resources()
        parser.feed(page.read_text(encoding="utf-8"))
        bad += ["%s: loads %s" % (page.relative_to(project), u) for u in parser.urls if _third_party(u)]
    for css in sorted(site.rglob("*.css")):
        text = css.read_text(encoding="utf-8")
        for url in re.findall(r"""url\(\s*['"]?((?:https?:)?//[^'")]+)""", text):
            bad.append("%s: loads %s" % (css.relative_to(project), url))
        for url in re.findall(r"""@import\s+(?:url\()?['"]?((?:https?:)?//[^'")]+)""", text):
            bad.append("%s: imports %s" % (css.relative_to(project), url))
    assert not bad, "\n".join(bad)


# overrides/main.html: a script that only some pages use, and the mark
# in a page's HTML that says the page uses it.
PAGE_SCRIPTS = {"javascripts/releases.js": 'id="tfn-release"', "javascripts/filter.js": "data-tfn-filter"}


def test_a_pages_own_scripts_load_where_it_uses_them_and_nowhere_else(site):
    wrong, used = [], dict.fromkeys(PAGE_SCRIPTS, 0)
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        parser = _Resources()
        parser.feed(text)
        loaded = {(page.parent / u).resolve() for u in parser.urls if not _third_party(u)}
        for script, mark in PAGE_SCRIPTS.items():
            uses, loads = mark in text, (site / script).resolve() in loaded
            used[script] += uses
            if uses != loads:
                wrong.append("%s: %s %s" % (page.relative_to(site), "uses" if uses else "does not use",
                                            script + (" but does not load it" if uses else " but loads it")))
    assert all(used.values()), "no page uses %s: its check proves nothing" % used
    assert not wrong, "\n".join(wrong)


def test_printed_outputs_are_left_out_of_the_search_index(site):
    """A snippet's ``#>`` lines reach the pages, not the index."""
    texts = [d["text"] for d in _search_index(site)["docs"]]
    assert any("<pre>" in t for t in texts)  # code is still searchable
    assert not [t for t in texts if re.search(r"^\s*#&gt;", t, re.M)]
    assert "#&gt; " in (site / "optimizers" / "index.html").read_text(encoding="utf-8")


def _search_index(site: Path):
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("identifier", ["validation_split", "recurrent_initializer", "to_categorical"])
def test_search_keeps_identifiers_whole(site, identifier):
    separator = _search_index(site)["config"]["separator"]
    tokens = [t for t in re.split(separator, "fit(x, %s=0.0)" % identifier) if t]
    assert identifier in tokens, "search separator %r splits %s into %s" % (separator, identifier, tokens)


def test_search_splits_dotted_paths(site):
    separator = _search_index(site)["config"]["separator"]
    tokens = [t for t in re.split(separator, "tf.keras.layers.Dense") if t]
    assert tokens == ["tf", "keras", "layers", "Dense"], (
        "search separator %r splits tf.keras.layers.Dense into %s" % (separator, tokens))


def test_search_keeps_apis_named_by_a_stop_word_whole(site, project):
    """Search drops its stop words: ``backend.any`` must stay one word, or
    typing it finds every backend function. The separator names those
    APIs; the whole API's data says which they are."""
    from tfnotes.api import extract
    from tfnotes.api.model import STOP_WORDS

    separator = _search_index(site)["config"]["separator"]
    named = sorted({path.split(".", 2)[2] for path in extract.load("tf24", project)["apis"]
                    if path.rsplit(".", 1)[-1].lower() in STOP_WORDS})
    assert named, "no API is named by a stop word: the separator's exception is dead"
    split = {name: [t for t in re.split(separator, name) if t] for name in named}
    wrong = {name: tokens for name, tokens in split.items() if tokens != [name]}
    assert not wrong, "search separator %r splits APIs named by a stop word: %s" % (separator, wrong)
    tokens = [t for t in re.split(separator, "tf.keras.backend.any(x, axis=None)") if t]
    assert tokens == ["tf", "keras", "backend.any", "x", "axis", "None"], tokens


def test_the_contributing_pages_generated_reference_is_not_searched(site):
    """The harness API (mkdocstrings) and the benchmark table stay out of
    the index every page loads; the page's how-to sections stay in."""
    locations = [d["location"] for d in _search_index(site)["docs"]]
    contributing = [loc for loc in locations if loc.startswith("contributing/")]
    assert "contributing/#checking-in-seconds" in contributing, contributing
    reference = [loc for loc in contributing if loc.startswith("contributing/#tfnotes")]
    assert not reference, "generated reference sections in the search index: %s" % reference[:5]
    page = (site / "contributing" / "index.html").read_text(encoding="utf-8")
    assert 'id="tfnotes.harness.plugin.SnippetItem"' in page and 'id="tfnotes-benchmark"' in page


def built_page(site: Path, docs: Path, page: Path) -> Path:
    """Where mkdocs (use_directory_urls) writes ``page``."""
    rel = page.relative_to(docs).with_suffix("")
    if rel.name == "index":
        rel = rel.parent
    return site / rel / "index.html"


def test_every_page_is_built(docs, site):
    missing = [str(p) for p in sorted(docs.rglob("*.md")) if not built_page(site, docs, p).exists()]
    assert not missing, "not built: " + ", ".join(missing)


class _CodeBlocks(HTMLParser):
    """The text of every <pre> of a page, as lists of lines."""

    def __init__(self):
        super().__init__()
        self.blocks = []
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "pre":
            self._depth += 1
            if self._depth == 1:
                self.blocks.append("")

    def handle_endtag(self, tag):
        if tag == "pre" and self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            self.blocks[-1] += data


def code_blocks(html: Path):
    parser = _CodeBlocks()
    parser.feed(html.read_text(encoding="utf-8"))
    return [[line.strip() for line in block.splitlines()] for block in parser.blocks]


def _in_order(wanted, lines):
    remaining = iter(lines)
    return all(any(line == w for line in remaining) for w in wanted)


def test_included_outputs_reach_the_pages(project, site, snippets, docs):
    """Every #> line of every included snippet is on the built page, in
    order, inside the code block that shows the snippet."""
    from tfnotes import includes

    missing = []
    checked = 0
    blocks_of = {}
    for inc in includes.includes(docs):
        source = snippets / inc.file
        if not source.is_file():
            continue  # test_sources.py reports a missing snippet
        built = built_page(site, docs, inc.page)
        if built not in blocks_of:
            blocks_of[built] = code_blocks(built)
        lines = [line.strip() for line in source.read_text(encoding="utf-8").splitlines()]
        wanted = [line for line in lines if line.startswith("#>")]
        if not wanted:
            continue
        # The block showing the snippet: the one sharing most of its lines.
        block = max(blocks_of[built], key=lambda b: len(set(b) & set(lines)), default=[])
        checked += len(wanted)
        absent = [line for line in wanted if line not in block]
        missing += ["%s: %r from %s not in its code block" % (built.relative_to(project), line, inc.file)
                    for line in absent]
        if not absent and not _in_order(wanted, block):
            missing.append("%s: the #> lines of %s are out of order" % (built.relative_to(project), inc.file))
    assert checked, "no included snippet has a #> line: nothing was checked"
    assert not missing, "\n".join(missing)
