"""Material's interactive features, driven like a reader would."""

import html
import re
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

SITE_NAME = "tfnotes"


def _wait(page, js: str, arg=None, timeout: int = 3_000) -> bool:
    """Whether ``js`` (a function) turns truthy within ``timeout`` ms."""
    try:
        page.wait_for_function(js, arg=arg, timeout=timeout, polling=50)
        return True
    except Exception:  # noqa: BLE001 - the caller reports what it saw
        return False


# --- navigation ---------------------------------------------------------------


@pytest.mark.parametrize("label, path", [("Utils", "utils/"), ("LSTM", "layers/lstm/")])
def test_nav_link_opens_its_page(visit, page, page_log, base_url, label, path):
    visit("")
    link = page.locator(".md-sidebar--primary .md-nav__link", has_text=re.compile(r"^\s*%s\s*$" % re.escape(label)))
    assert link.count() >= 1, "home page: no nav link %r in the left sidebar" % label
    link.first.click()
    page.wait_for_url(base_url + path + "*")
    where = "%s (clicked %r on the home page)" % (path, label)
    assert page.title() == "%s - %s" % (label, SITE_NAME), "%s: title is %r" % (where, page.title())
    h1 = page.locator("article h1").first
    assert h1.is_visible() and h1.inner_text().strip(), "%s: no visible <h1>" % where
    active = page.locator(".md-sidebar--primary .md-nav__link--active").first
    assert active.inner_text().strip() == label, "%s: the nav marks %r as the current page" % (
        where, active.inner_text().strip())
    page_log.assert_clean(where, external=False)


# --- search -------------------------------------------------------------------


def test_search_finds_to_categorical(visit, page, page_log, base_url):
    visit("")
    box = page.locator("input.md-search__input")
    box.click()
    # Material's search listens to key events: type, don't fill.
    box.press_sequentially("to_categorical", delay=20)
    results = page.locator(".md-search-result__list a")
    if not _wait(page, "() => document.querySelector('.md-search-result__list a') !== null", timeout=10_000):
        meta = page.locator(".md-search-result__meta").inner_text()
        pytest.fail("home page: searching 'to_categorical' shows no result (%r)" % meta)
    hrefs = results.evaluate_all("links => links.map(a => a.href)")
    paths = {urlsplit(h).path for h in hrefs}
    assert urlsplit(base_url).path + "utils/" in paths, (
        "home page: searching 'to_categorical' lists no result on the utils page; results: %s" % hrefs)
    page_log.assert_clean("home page (search)", external=False)


# --- code copy button ---------------------------------------------------------


@pytest.fixture
def context_options(context_options):
    return dict(context_options, permissions=["clipboard-read", "clipboard-write"])


def test_copy_button_copies_the_first_block(visit, page, page_log):
    visit("utils/")
    block = page.locator("article div.highlight").first
    assert block.count(), "utils/: no code block"
    code = block.locator("pre > code")
    expected = code.text_content().rstrip("\n")
    assert "to_categorical" in expected, "utils/: first code block is not about to_categorical:\n%s" % expected
    # A sentinel first: a button that copies nothing must not pass.
    page.evaluate("navigator.clipboard.writeText('sentinel: nothing copied')")
    button = block.locator("button[data-clipboard-target]")
    assert button.count() == 1, "utils/: first code block has %d copy buttons" % button.count()
    block.hover()
    button.click()
    page.wait_for_function("() => navigator.clipboard.readText().then(t => !t.startsWith('sentinel'))",
                           timeout=5_000, polling=100)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.rstrip("\n") == expected, (
        "utils/: the copy button of the first block copied\n%r\nnot the block's code\n%r" % (copied, expected))
    page_log.assert_clean("utils/ (copy button)", external=False)


# --- light/dark palette -------------------------------------------------------


def _scheme(page) -> str:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def test_palette_toggle_switches_light_and_dark(visit, page, page_log):
    visit("")
    toggle = page.locator("form[data-md-component=palette] label:not([hidden])")
    assert _scheme(page) == "default", "home page: starts in scheme %r, not 'default'" % _scheme(page)
    for want in ("slate", "default"):
        assert toggle.count() == 1, "home page: %d visible palette toggles" % toggle.count()
        toggle.click()
        page.wait_for_function("s => document.body.getAttribute('data-md-color-scheme') === s", arg=want,
                               timeout=5_000)
        assert _scheme(page) == want
    page_log.assert_clean("home page (palette toggle)", external=False)


# --- linked content tabs ------------------------------------------------------

TABS = ("TF 2.4", "Keras 3")
_LABELS = re.compile(r'<div class="tabbed-labels[^"]*">(.*?)</div>', re.S)
_LABEL = re.compile(r"<label[^>]*>(.*?)</label>", re.S)


def _tab_sets(text: str):
    """Label texts of each tab set in a built page."""
    return [
        [html.unescape(re.sub(r"<[^>]+>", "", lab)).strip() for lab in _LABEL.findall(block)]
        for block in _LABELS.findall(text)
    ]


def _linked_tabs_page(site_root, pages):
    """The first page with two or more tab sets labelled TF 2.4 / Keras 3."""
    single = None
    for path in pages:
        text = (site_root / path / "index.html").read_text(encoding="utf-8")
        sets = [labels for labels in _tab_sets(text) if all(t in labels for t in TABS)]
        if len(sets) >= 2:
            return path, len(sets)
        if sets and single is None:
            single = path
    if single is not None:
        pytest.fail("only one tab set labelled %s / %s per page (first: %s): "
                    "linking tabs needs two on a page" % (TABS + (single or "home page",)))
    pytest.fail("no page has tab sets labelled %r and %r (content.tabs.link is untested)" % TABS)


_CHECKED = """() => [...document.querySelectorAll('.tabbed-set')].flatMap(set => {
    const labels = [...set.querySelectorAll(':scope > .tabbed-labels > label')].map(l => l.textContent.trim());
    if (!labels.includes('TF 2.4') || !labels.includes('Keras 3')) return [];
    const input = set.querySelector(':scope > input:checked');
    const label = input && set.querySelector(':scope > .tabbed-labels > label[for="' + input.id + '"]');
    return [label ? label.textContent.trim() : null];
})"""


def test_linked_tabs_switch_together(visit, page, page_log, site_root, pages):
    path, count = _linked_tabs_page(site_root, pages)
    where = path or "home page"
    visit(path)
    assert page.evaluate(_CHECKED) == ["TF 2.4"] * count, "%s: tab sets do not all start on 'TF 2.4': %s" % (
        where, page.evaluate(_CHECKED))
    sets = page.locator(".tabbed-set").filter(has=page.locator(".tabbed-labels > label", has_text=re.compile("^Keras 3$")))
    for label, on in (("Keras 3", sets.first), ("TF 2.4", sets.last)):
        on.locator(".tabbed-labels > label", has_text=re.compile("^%s$" % re.escape(label))).first.click()
        if not _wait(page, "([js, want]) => eval(js)().every(t => t === want)", [_CHECKED, label]):
            pytest.fail("%s: after clicking %r on one tab set, the %d sets show %s" % (
                where, label, count, page.evaluate(_CHECKED)))
    page_log.assert_clean(where + " (linked tabs)", external=False)
