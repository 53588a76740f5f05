"""The Debian packages ``./tfn`` needs besides the two worlds, installed
with apt when missing (as root), each before the commands that use it.

One function per kind of need; add a package's ``ensure`` to the one
whose commands use it. Standard library only.
"""

from tfnotes import chromium
from tfnotes.cli.shell import UsageError
from tfnotes.harness import sandbox


def for_snippets() -> None:
    """Before a command runs snippets in a world (test, check, update):
    they run in bubblewrap's sandbox (tfnotes.harness.sandbox). When it
    cannot be had, the harness stops the run with one line on how to
    get it, so nothing is raised here."""
    sandbox.ensure_bwrap()


def for_browser() -> None:
    """Before a command starts Chromium (the site stage of test,
    screenshots, bench)."""
    try:
        chromium.ensure()
    except chromium.ChromiumNotFound as exc:
        raise UsageError(str(exc)) from None
