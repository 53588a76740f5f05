"""The claims table on a page: :func:`fill` puts
:func:`tfnotes.claims.summary.table` where the page has the marker
``<!-- claims: summary -->``, and logs each ledger problem as a warning,
so ``mkdocs build --strict`` fails on it, naming the ledger and its line.
The site plugin (:mod:`tfnotes.site.plugin`) calls it for every page."""

import logging
from pathlib import Path

from tfnotes.claims import ledger, summary

log = logging.getLogger("mkdocs.plugins.tfnotes.claims")


def fill(markdown: str, root: Path) -> str:
    if summary.MARKER not in markdown:
        return markdown
    claims, problems = ledger.check(root)
    for problem in problems:
        log.warning(problem)
    return markdown.replace(summary.MARKER, summary.table(claims, root))
