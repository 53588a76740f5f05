"""Every page of the built site, loaded in a real browser."""

import pytest
from browserkit import PageLog, watch

pytestmark = pytest.mark.browser

BATCH = 6  # pages loaded side by side


def _check_batch(paths, new_context, base_url):
    """Load ``paths`` side by side, each in a fresh context as a first visit;
    return one failure message per unclean page."""
    tabs = []
    for path in paths:
        log = PageLog()
        page = watch(new_context().new_page(), log)
        page.goto(base_url + path, wait_until="commit")
        tabs.append((path, page, log))
    failures = []
    for _, page, _ in tabs:
        page.wait_for_load_state("load")
    tabs[-1][1].wait_for_timeout(300)  # Material's first requests start at load
    for path, page, log in tabs:
        name = path or "home page"
        if page.title() == "404 - tfnotes" or not page.locator("h1").first.is_visible():
            failures.append("%s: no page (404) or no visible <h1>" % name)
        if log.problems():
            failures.append("%s:\n    %s" % (name, "\n    ".join(log.problems())))
        page.context.close()
    return failures


def test_every_page_loads_cleanly(new_context, base_url, pages):
    """Every page, opened first in a fresh browser: no console error, no
    uncaught error, no request to a host other than the site's."""
    failures = []
    for start in range(0, len(pages), BATCH):
        failures += _check_batch(pages[start:start + BATCH], new_context, base_url)
    assert not failures, "%d of %d pages are not clean:\n  %s" % (
        len(failures), len(pages), "\n  ".join(failures))


def _screenshot_pages(pages):
    wanted = ["", "tensor/", "utils/"]
    wanted += [p for p in pages if ("lstm" in p or "defaults" in p) and p not in wanted]
    return wanted


def test_screenshots(visit, page, page_log, pages, screenshots_dir):
    """Full-page PNGs of key pages into site-screenshots/ (for people to look at)."""
    missing = [p for p in ("tensor/", "utils/") if p not in pages]
    assert not missing, "pages to screenshot are not built: %s" % ", ".join(missing)
    taken = []
    for path in _screenshot_pages(pages):
        page_log.clear()
        visit(path)
        # Let the web fonts/icons and layout settle before the picture.
        page.evaluate("document.fonts.ready")
        name = (path.strip("/").replace("/", "-") or "home") + ".png"
        target = screenshots_dir / name
        png = page.screenshot(path=str(target), full_page=True)
        # A rendered Material page is far more than a blank canvas.
        assert len(png) > 20_000, "%s: screenshot is only %d bytes (blank page?)" % (path or "home page", len(png))
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height > 400, "%s: page is only %d px high" % (path or "home page", height)
        taken.append(target)
    assert all(t.exists() for t in taken)
