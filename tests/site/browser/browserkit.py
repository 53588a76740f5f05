"""Helpers of the browser checks, shared by conftest.py and the tests
(a module of its own: importing from a conftest.py is ambiguous)."""

import contextlib
import functools
import io
import json
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

from tfnotes.chromium import is_external

REPO = Path(__file__).resolve().parents[3]
SCREENSHOTS = REPO / "site-screenshots"


@dataclass
class PageLog:
    """What a page did wrong: console errors, uncaught errors, requests
    to other hosts (each already aborted)."""

    console_errors: List[Tuple[str, str]] = field(default_factory=list)  # (text, url)
    page_errors: List[str] = field(default_factory=list)
    external_requests: List[str] = field(default_factory=list)

    def clear(self) -> None:
        del self.console_errors[:], self.page_errors[:], self.external_requests[:]

    def problems(self, external: bool = True) -> List[str]:
        """One line per problem. ``external=False`` leaves out requests to
        other hosts and the console errors of their (aborted) loads: the
        every-page test reports those once; feature tests judge their feature."""
        return (
            ["console error: %s%s" % (text, " (%s)" % url if url else "")
             for text, url in self.console_errors if external or not is_external(url)]
            + ["page error: %s" % m for m in self.page_errors]
            + ["request to another host: %s" % u for u in self.external_requests if external]
        )

    def assert_clean(self, where: str, external: bool = True) -> None:
        problems = self.problems(external)
        assert not problems, "%s:\n  %s" % (where, "\n  ".join(problems))


def watch(page, log: PageLog):
    """Record ``page``'s console errors, uncaught errors and external requests in ``log``."""

    def on_console(msg):
        if msg.type == "error":
            log.console_errors.append((msg.text, (msg.location or {}).get("url") or ""))

    def on_request(request):
        if is_external(request.url):
            log.external_requests.append(request.url)

    page.on("console", on_console)
    page.on("pageerror", lambda exc: log.page_errors.append(str(exc)))
    page.on("request", on_request)
    return page


def settle(page, ms: int = 250) -> None:
    """Let a page finish loading and its scripts their first round of work
    (Material starts its requests, e.g. the search index, right at load)."""
    page.wait_for_load_state("load")
    page.wait_for_timeout(ms)



class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves a folder without logging; the URL paths of ``replaced``
    answer with its bytes instead of the folder's file."""

    def __init__(self, *args, replaced: Dict[str, bytes], **kwargs):
        self.replaced = replaced  # before the base class handles the request
        super().__init__(*args, **kwargs)

    def log_message(self, format, *args):  # noqa: A002 - the base's name
        pass

    def handle(self):
        # The browser drops connections it no longer needs (a page left
        # mid-load); that is not an error of the site.
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def send_head(self):
        body = self.replaced.get(self.path.split("?")[0].split("#")[0])
        if body is None:
            return super().send_head()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(self.path))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def served(folder: Path, replaced: Optional[Dict[str, bytes]] = None) -> Iterator[str]:
    """``http://127.0.0.1:PORT/`` serving ``folder`` from a free port
    while the block runs; the URL paths of ``replaced`` (``/a/b.json``)
    answer with its bytes instead."""
    handler = functools.partial(_QuietHandler, directory=str(folder), replaced=dict(replaced or {}))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "http://127.0.0.1:%d/" % server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


SEARCH_INDEX = "/search/search_index.json"


def empty_search_index(site_root: Path) -> Dict[str, bytes]:
    """The site's search index with its configuration and no entry, for
    ``served(replaced=...)``: every page load builds the index in the
    search worker (0.7 s of CPU for ~4,600 entries), which checks that
    never search only pay for. The worker still starts on every page."""
    index = json.loads((site_root / SEARCH_INDEX.lstrip("/")).read_text(encoding="utf-8"))
    return {SEARCH_INDEX: json.dumps({"config": index["config"], "docs": []}).encode("utf-8")}
