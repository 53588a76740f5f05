"""Every page of the built site, loaded in a real browser."""

import json
from urllib.request import urlopen

import pytest
from browserkit import settle

pytestmark = pytest.mark.browser

# The pages, in this many shares: pytest-xdist loads them side by side.
SHARES = 3


@pytest.mark.parametrize("share", range(SHARES))
def test_every_page_loads_cleanly(context, page, page_log, base_url, unsearched_url, pages, share):
    """Every page (this share of them), as a first visit: no console
    error, no uncaught error, no request to a host other than the site's
    own. The home page loads the real search index; the others an empty
    one (the same file for every page, whose build costs 0.7 s of CPU a
    load): their search worker still starts."""
    # Material caches some answers (e.g. repository facts) per tab in
    # sessionStorage; forget them so that each page is judged as the first.
    context.add_init_script("try { sessionStorage.clear() } catch (e) {}")
    failures = []
    shared = pages[share::SHARES]
    for path in shared:
        name = path or "home page"
        page_log.clear()
        response = page.goto((base_url if not path else unsearched_url) + path)
        settle(page, 150)
        if response is None or not response.ok:
            failures.append("%s: HTTP %s" % (name, response.status if response else "no response"))
        elif not page.locator("h1").first.is_visible():
            failures.append("%s: no visible <h1>" % name)
        if page_log.problems():
            failures.append("%s:\n    %s" % (name, "\n    ".join(page_log.problems())))
    assert not failures, "%d of %d pages are not clean:\n  %s" % (
        len(failures), len(shared), "\n  ".join(failures))


# Key pages: the start, a prose page, a small and a large arguments table,
# and the table of all defaults.
SCREENSHOT_PAGES = ["", "tensor/", "utils/", "layers/lstm/", "defaults/"]


def test_screenshots(visit, page, pages, screenshots_dir):
    """Full-page PNGs of key pages into site-screenshots/ (for people to look at)."""
    missing = [p for p in SCREENSHOT_PAGES if p not in pages]
    assert not missing, "pages to screenshot are not built: %s" % ", ".join(missing)
    for path in SCREENSHOT_PAGES:
        visit(path)
        # Let the web fonts/icons and layout settle before the picture.
        page.evaluate("document.fonts.ready.then(() => true)")
        name = (path.strip("/").replace("/", "-") or "home") + ".png"
        target = screenshots_dir / name
        if target.exists():
            target.unlink()  # a picture left from an earlier run must not pass for this one
        png = page.screenshot(path=str(target), full_page=True)
        # A rendered Material page is far more than a blank canvas.
        assert len(png) > 20_000, "%s: screenshot is only %d bytes (blank page?)" % (path or "home page", len(png))
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height > 400, "%s: page is only %d px high" % (path or "home page", height)
        assert target.read_bytes() == png, "%s: the screenshot was not saved to %s" % (path or "home page", target)


def test_the_unsearched_copy_differs_only_in_its_search_entries(base_url, unsearched_url):
    """What the page checks above are served: the site, its search index
    emptied of entries and nothing else."""

    def fetch(url):
        with urlopen(url, timeout=10) as response:
            return response.read()

    real = json.loads(fetch(base_url + "search/search_index.json"))
    empty = json.loads(fetch(unsearched_url + "search/search_index.json"))
    assert real["docs"] and empty == {"config": real["config"], "docs": []}, empty
    for path in ("", "utils/", "javascripts/search-worker.js"):
        assert fetch(unsearched_url + path) == fetch(base_url + path), path
