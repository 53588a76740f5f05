"""Fixtures for the real-browser checks: a served copy of the site, one
headless Chromium per session, and pages that record what went wrong.

The browser is Debian's Chromium (``/usr/bin/chromium``, or the binary that
``TFNOTES_CHROMIUM`` names), driven through Playwright's sync API; Playwright's
own browser download is never used. Every request to a host other than the
site's own is recorded and aborted at once, so a page that reaches for the
network fails its test instead of hanging it.
"""

import functools
import os
import shutil
import threading
import time
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import List
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[3]
SCREENSHOTS = REPO / "site-screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Hosts a page may talk to: the test server's. file:, data: and blob: URLs
# have no host and are local by nature.
LOCAL_HOSTS = {"127.0.0.1"}


def chromium_path() -> str:
    """Debian's Chromium, or the one ``TFNOTES_CHROMIUM`` names; fails if absent."""
    exe = os.environ.get("TFNOTES_CHROMIUM") or "/usr/bin/chromium"
    if not os.path.exists(exe) and not os.environ.get("TFNOTES_CHROMIUM"):
        exe = shutil.which("chromium") or exe
    if not os.path.exists(exe):
        pytest.fail(
            "Chromium not found at %s: the browser tests need Debian's chromium. "
            "Run './tfn test' (it installs chromium with apt), or point "
            "TFNOTES_CHROMIUM at a Chromium or Chrome binary." % exe,
            pytrace=False,
        )
    return exe


def is_external(url: str) -> bool:
    """True for a network URL whose host is not the test server's."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "ws", "wss", "ftp"):
        return False
    return parts.hostname not in LOCAL_HOSTS


# --- the site, served ---------------------------------------------------------


def _snapshot(site: Path, dest: Path) -> Path:
    """Copy the built site, so that a rebuild into site/ by someone else
    (``./tfn test`` cleans it first) does not pull pages from under a test."""
    for attempt in range(5):
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


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base's name
        pass


@pytest.fixture(scope="session")
def site_root(site, tmp_path_factory) -> Path:
    """A private copy of the built site: the folder that is served."""
    return _snapshot(site, tmp_path_factory.mktemp("served") / "site")


@pytest.fixture(scope="session")
def base_url(site_root) -> str:
    """``http://127.0.0.1:PORT/`` serving ``site_root`` from a free port."""
    handler = functools.partial(_QuietHandler, directory=str(site_root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield "http://127.0.0.1:%d/" % server.server_address[1]
    server.shutdown()
    server.server_close()


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
def pages(site_root) -> List[str]:
    found = site_pages(site_root)
    assert "" in found, "%s has no index.html" % site_root
    return found


# --- the browser ----------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    exe = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        pytest.fail("Playwright is not installed in this world (%s): run './tfn test'" % exc, pytrace=False)
    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=exe, headless=True, args=CHROMIUM_ARGS)
        except Exception as exc:  # noqa: BLE001 - report any launch failure
            pytest.fail("could not start %s: %s" % (exe, exc), pytrace=False)
        yield browser
        browser.close()


@dataclass
class PageLog:
    """What a page did wrong: console errors, uncaught errors, requests
    to other hosts (each already aborted)."""

    console_errors: List[str] = field(default_factory=list)
    page_errors: List[str] = field(default_factory=list)
    external_requests: List[str] = field(default_factory=list)

    def clear(self) -> None:
        del self.console_errors[:], self.page_errors[:], self.external_requests[:]

    def problems(self) -> List[str]:
        return (
            ["console error: %s" % m for m in self.console_errors]
            + ["page error: %s" % m for m in self.page_errors]
            + ["request to another host: %s" % u for u in self.external_requests]
        )

    def assert_clean(self, where: str) -> None:
        problems = self.problems()
        assert not problems, "%s:\n  %s" % (where, "\n  ".join(problems))


@pytest.fixture
def context_options() -> dict:
    """Options of the browser context; tests may override this fixture."""
    return {"color_scheme": "light", "viewport": {"width": 1280, "height": 800}}


@pytest.fixture
def context(browser, context_options):
    context = browser.new_context(**context_options)
    context.set_default_timeout(10_000)
    # Fail fast: anything aimed at another host is aborted, never waited for.
    context.route(lambda url: is_external(url), lambda route: route.abort())
    yield context
    context.close()


@pytest.fixture
def page_log() -> PageLog:
    return PageLog()


@pytest.fixture
def page(context, page_log):
    page = context.new_page()

    def on_console(msg):
        if msg.type == "error":
            loc = msg.location or {}
            where = loc.get("url") or ""
            page_log.console_errors.append("%s%s" % (msg.text, " (%s)" % where if where else ""))

    def on_request(request):
        if is_external(request.url):
            page_log.external_requests.append(request.url)

    page.on("console", on_console)
    page.on("pageerror", lambda exc: page_log.page_errors.append(str(exc)))
    page.on("request", on_request)
    yield page
    page.close()


def settle(page) -> None:
    """Let a page finish loading and its scripts their first round of work."""
    page.wait_for_load_state("load")
    try:
        page.wait_for_load_state("networkidle", timeout=3_000)
    except Exception:  # noqa: BLE001 - a page that keeps polling is judged by its log
        pass


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
