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
    assert "Dense" in tokens


def built_page(site: Path, docs: Path, page: Path) -> Path:
    """Where mkdocs (use_directory_urls) writes ``page``."""
    rel = page.relative_to(docs).with_suffix("")
    if rel.name == "index":
        rel = rel.parent
    return site / rel / "index.html"


def test_every_page_is_built(docs, site):
    missing = [str(p) for p in sorted(docs.rglob("*.md")) if not built_page(site, docs, p).exists()]
    assert not missing, "not built: " + ", ".join(missing)


def _text(html: Path) -> str:
    import html as htmllib

    return htmllib.unescape(re.sub(r"<[^>]+>", "", html.read_text(encoding="utf-8")))


def test_included_outputs_reach_the_pages(project, site, snippets, docs):
    """Every #> line of every included snippet is on the built page."""
    from tfnotes import includes

    missing = []
    for inc in includes.includes(docs):
        source = snippets / inc.file
        if not source.is_file():
            continue
        built = built_page(site, docs, inc.page)
        text = _text(built)
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip().startswith("#>") and line.strip() not in text:
                missing.append("%s: %r from %s not on the page" % (built.relative_to(project), line.strip(), inc.file))
    assert not missing, "\n".join(missing)
