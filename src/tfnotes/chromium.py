"""Debian's Chromium: found, installed and started in this one place, for
the browser tests, the screenshots and the benchmarks.

The binary is the one ``TFNOTES_CHROMIUM`` names, else ``chromium`` on
PATH, else ``/usr/bin/chromium``; Playwright's own browser download is
never used. Started headless as root with ``ARGS``, Chromium makes no
request of its own (updates, sync, field trials) behind the page's back:
on this closed network they would only fail, and a test must see every
request the page makes. Finding and installing need the standard library
only (``./tfn`` does both before any world exists); ``launched`` needs
Playwright, in the tools world.
"""

import contextlib
import os
import shutil
import subprocess
import sys
from typing import Iterator, Sequence
from urllib.parse import urlsplit

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DEBIAN = "/usr/bin/chromium"

# The host a page the project serves may talk to: its own server's.
LOCAL_HOST = "127.0.0.1"
# An extra argument for ``launched``: a host other than LOCAL_HOST fails
# at once in Chromium's resolver, for a browser context that keeps its
# HTTP cache, which Playwright's routing (the other way to abort such
# requests) turns off. Not in ARGS: the benchmarks join those with spaces.
LOCAL_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE %s" % LOCAL_HOST


def is_external(url: str) -> bool:
    """True for a network URL whose host is not 127.0.0.1 (file:, data:
    and blob: URLs have no host and are local by nature)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "ws", "wss", "ftp"):
        return False
    return parts.hostname != LOCAL_HOST


class ChromiumNotFound(RuntimeError):
    """No Chromium binary; the message says how to get one."""


def path() -> str:
    """The Chromium binary to start.

    Raises:
        ChromiumNotFound: none there (``ensure`` installs Debian's).
    """
    named = os.environ.get("TFNOTES_CHROMIUM")
    exe = named or shutil.which("chromium") or DEBIAN
    if not os.path.exists(exe):
        raise ChromiumNotFound(
            "Chromium not found at %s: install Debian's chromium (sudo apt-get install chromium; "
            "./tfn test does it when run as root), or point TFNOTES_CHROMIUM at a Chromium or "
            "Chrome binary, then run this command again." % exe)
    return exe


def ensure() -> str:
    """The Chromium binary, installing Debian's with apt when it is missing
    and this is root."""
    try:
        return path()
    except ChromiumNotFound:
        if os.environ.get("TFNOTES_CHROMIUM") or os.geteuid() != 0 or not shutil.which("apt-get"):
            raise
    print("tfn: installing Debian's chromium for the browser tests (one-time)", file=sys.stderr, flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env)
    return path()


@contextlib.contextmanager
def launched(extra_args: Sequence[str] = ()) -> Iterator[object]:
    """Chromium started headless through Playwright's sync API (``ARGS``
    and ``extra_args``), closed at the end of the ``with`` block."""
    from playwright.sync_api import sync_playwright

    exe = path()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, headless=True, args=ARGS + list(extra_args))
        try:
            yield browser
        finally:
            browser.close()
