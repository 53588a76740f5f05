"""The offline edition (dist/tfnotes-offline.zip), opened from file://."""

import json
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from browserkit import settle

# Its tests share the offline zip, built into the checkout's dist/: one
# worker builds it (pytest-xdist), not two into the same file.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("offline")]

# What the offline zip is made from: newer than all of these, it is reused.
INPUTS = ("docs", "snippets", "data", "src", "mkdocs.yml", "mkdocs.offline.yml")


def _newest_input(project: Path) -> float:
    newest = 0.0
    for name in INPUTS:
        path = project / name
        files = [path] if path.is_file() else (path.rglob("*") if path.is_dir() else [])
        for f in files:
            if "__pycache__" not in f.parts:
                newest = max(newest, f.stat().st_mtime)
    return newest


@pytest.fixture(scope="session")
def offline_zip(project) -> Path:
    from tfnotes import offline

    target = project / offline.ZIP
    if target.exists() and target.stat().st_mtime > _newest_input(project):
        return target
    mkdocs = str(Path(sys.executable).with_name("mkdocs"))
    try:
        return offline.build_offline_zip(mkdocs, project)
    except offline.OfflineBuildError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def offline_site(offline_zip, tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(str(offline_zip)) as archive:
        archive.extractall(str(dest))
    site = dest / "tfnotes"
    assert (site / "index.html").is_file(), "%s has no tfnotes/index.html" % offline_zip
    return site


def test_offline_home_page_and_search(page, page_log, offline_site):
    """index.html from file://: clean, and search works without a server."""
    home = (offline_site / "index.html").as_uri()
    page.goto(home)
    settle(page, 500)
    assert page.locator("h1").first.is_visible(), "offline index.html: no visible <h1>"
    page_log.assert_clean("offline index.html (file://)")

    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("to_categorical", delay=20)
    try:
        page.wait_for_function("() => document.querySelector('.md-search-result__list a') !== null",
                               timeout=10_000, polling=50)
        found = True
    except Exception:  # noqa: BLE001 - reported below with what the page says
        found = False
    if not found:
        meta = page.locator(".md-search-result__meta").inner_text()
        pytest.fail("offline index.html: searching 'to_categorical' shows no result (%r)\n%s"
                    % (meta, "\n".join(page_log.problems())))
    hrefs = page.locator(".md-search-result__list a").evaluate_all("links => links.map(a => a.href)")
    utils = [h for h in hrefs if urlsplit(h).path.endswith("/utils.html")]
    assert utils, "offline search for 'to_categorical' lists no result on utils.html: %s" % hrefs
    assert all(urlsplit(h).scheme == "file" for h in hrefs), "offline search results leave file://: %s" % hrefs

    # The result opens its page from the disk too.
    page.goto(utils[0])
    settle(page)
    assert page.title() == "Utils - tfnotes", "offline utils.html: title is %r" % page.title()
    page_log.assert_clean("offline index.html, search, then utils.html")


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("href", "src"):
            if attrs.get(name) and not (tag == "link" and attrs.get("rel") == "canonical"):
                self.urls.append(attrs[name])


def test_offline_links_resolve_to_files(offline_site):
    """Every relative link of every page names a file in the zip: file://
    has no directory index, so ``page/`` (a directory) is a dead end."""
    bad = []
    for html in sorted(offline_site.rglob("*.html")):
        parser = _Links()
        parser.feed(html.read_text(encoding="utf-8"))
        for url in parser.urls:
            parts = urlsplit(url)
            if parts.scheme or url.startswith(("#", "//")) or not parts.path:
                continue
            target = (html.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                what = "a directory" if target.is_dir() else "missing"
                bad.append("%s: %s (%s)" % (html.relative_to(offline_site), url, what))
    shown = sorted(set(bad))
    assert not shown, "%d dead links in the offline edition, e.g.:\n  %s" % (
        len(shown), "\n  ".join(shown[:25]))


def search_separator(config: dict):
    """The ``separator`` option of the search plugin in a loaded mkdocs
    config, whose ``plugins`` is a list (``- search: {...}``) or a mapping
    (``search: {...}``); None when it sets none."""
    plugins = config.get("plugins") or []
    if isinstance(plugins, dict):
        plugins = [{name: options} for name, options in plugins.items()]
    for item in plugins:
        if isinstance(item, dict) and "search" in item:
            return (item["search"] or {}).get("separator")
    return None


def test_search_separator_is_read_from_both_plugin_forms():
    separator = {"separator": "[\\s]+"}
    assert search_separator({"plugins": {"search": separator, "offline": {}}}) == "[\\s]+"
    assert search_separator({"plugins": ["offline", {"search": separator}]}) == "[\\s]+"
    assert search_separator({"plugins": ["search"]}) is None
    assert search_separator({"plugins": {"search": None}}) is None


def test_offline_search_keeps_the_separator(offline_site, project):
    """INHERIT merges mkdocs.offline.yml into mkdocs.yml: the search options
    must still be mkdocs.yml's in the offline edition."""
    from mkdocs.utils.yaml import yaml_load

    with open(str(project / "mkdocs.yml"), "rb") as fd:
        want = search_separator(yaml_load(fd))
    assert want, ("mkdocs.yml sets no search separator (plugins: search: separator:), "
                  "so identifiers such as to_categorical would be split")
    text = (offline_site / "search" / "search_index.js").read_text(encoding="utf-8")
    match = re.match(r"\s*var __index = (.*)$", text, re.S)
    assert match, "offline search/search_index.js does not define __index"
    got = json.loads(match.group(1))["config"]["separator"]
    assert got == want, "offline search separator is %r, mkdocs.yml says %r" % (got, want)
    assert "to_categorical" in [t for t in re.split(got, "to_categorical(y)") if t], (
        "offline search separator %r splits to_categorical" % got)
