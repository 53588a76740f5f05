"""Fixtures for the real-browser checks: a served copy of the site, one
headless Chromium per session, and pages that record what went wrong.

The browser is Debian's Chromium (``/usr/bin/chromium``, or the binary that
``TFNOTES_CHROMIUM`` names), driven through Playwright's sync API; Playwright's
own browser download is never used. Every request to a host other than the
site's own is recorded and aborted at once, so a page that reaches for the
network fails its test instead of hanging it.
"""

import contextlib
import shutil
import time
from pathlib import Path
from typing import List

import pytest
from browserkit import (
    SCREENSHOTS,
    PageLog,
    empty_search_index,
    is_external,
    served,
    settle,
    watch,
)

from tfnotes import chromium

# --- the site, served ---------------------------------------------------------


def _snapshot(site: Path, dest: Path) -> Path:
    """Copy the built site, so that a rebuild into site/ by someone else
    (``./tfn test`` cleans it first) does not pull pages from under a test."""
    for _ in range(5):
        try:
            if dest.exists():
                shutil.rmtree(str(dest))
            shutil.copytree(str(site), str(dest))
            if (dest / "index.html").exists():
                return dest
        except (OSError, shutil.Error):
            pass
        time.sleep(0.5)
    pytest.fail("could not copy the built site %s (is a build running into it?)" % site)


@pytest.fixture(scope="session")
def site_root(site, tmp_path_factory) -> Path:
    """A private copy of the built site: the folder that is served."""
    return _snapshot(site, tmp_path_factory.mktemp("served") / "site")


@pytest.fixture(scope="session")
def base_url(site_root) -> str:
    """``http://127.0.0.1:PORT/`` serving ``site_root`` from a free port."""
    with served(site_root) as url:
        yield url


@pytest.fixture(scope="session")
def unsearched_url(site_root) -> str:
    """Like ``base_url``, but its search index has no entry: for checks
    that load many pages and never search (browserkit.empty_search_index)."""
    with served(site_root, replaced=empty_search_index(site_root)) as url:
        yield url


def site_pages(site_root: Path) -> List[str]:
    """URL paths of every page (``""``, ``"utils/"``, ...), 404 excluded."""
    paths = []
    for html in sorted(site_root.rglob("index.html")):
        rel = html.relative_to(site_root).parent.as_posix()
        if rel == "." or not rel:
            paths.append("")
        elif "404" not in rel.split("/"):
            paths.append(rel + "/")
    return paths


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    """Where screenshots go: site-screenshots/ at the top (not committed)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session")
def pages(site_root) -> List[str]:
    found = site_pages(site_root)
    assert "" in found, "%s has no index.html" % site_root
    return found


# --- the browser ----------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    try:
        import playwright  # noqa: F401
    except ImportError as exc:
        pytest.fail("Playwright is not installed in this world (%s): run './tfn test'" % exc, pytrace=False)
    with contextlib.ExitStack() as stack:
        try:
            browser = stack.enter_context(chromium.launched([chromium.LOCAL_ONLY]))
        except chromium.ChromiumNotFound as exc:
            pytest.fail(str(exc), pytrace=False)
        except Exception as exc:  # noqa: BLE001 - report any launch failure
            pytest.fail("could not start Chromium: %s" % exc, pytrace=False)
        yield browser


@pytest.fixture
def context_options() -> dict:
    """Options of the browser context; tests may override this fixture."""
    return {"color_scheme": "light", "viewport": {"width": 1280, "height": 800}}


@pytest.fixture
def new_context(browser, context_options):
    """A factory of fresh browser contexts (closed after the test); each
    aborts every request to another host at once, so nothing waits on it."""
    made = []

    def new_context(**extra):
        context = browser.new_context(**dict(context_options, **extra))
        context.set_default_timeout(10_000)
        context.route(lambda url: is_external(url), lambda route: route.abort())
        made.append(context)
        return context

    yield new_context
    for context in made:
        try:
            context.close()
        except Exception:  # noqa: BLE001 - a test may have closed it already
            pass


@pytest.fixture
def context(new_context):
    return new_context()


@pytest.fixture
def page_log() -> PageLog:
    return PageLog()


@pytest.fixture
def page(context, page_log):
    """A tab whose problems ``page_log`` records."""
    page = watch(context.new_page(), page_log)
    yield page
    page.close()


@pytest.fixture
def visit(page, base_url):
    """``visit("utils/")``: open a page of the served site and let it settle."""

    def visit(path: str):
        response = page.goto(base_url + path)
        assert response is not None and response.ok, "%s: HTTP %s" % (
            path or "home page", response.status if response else "no response")
        settle(page)
        return page

    return visit
