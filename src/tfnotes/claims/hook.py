"""What mkdocs.yml's ``hooks:`` loads to put the claims table
(:func:`tfnotes.claims.summary.table`) where a page has the marker
``<!-- claims: summary -->``. A ledger problem is a build warning, so
``mkdocs build --strict`` fails on it, naming the ledger and its line."""

import importlib
import logging
import sys
from pathlib import Path

for _name in ("tfnotes.claims.ledger", "tfnotes.claims.summary"):
    if _name in sys.modules:
        importlib.reload(sys.modules[_name])

from tfnotes.claims import ledger, summary  # noqa: E402

log = logging.getLogger("mkdocs.plugins.tfnotes.claims")


def on_page_markdown(markdown, page, config, files):
    if summary.MARKER not in markdown:
        return markdown
    root = Path(config["config_file_path"]).parent
    claims, problems = ledger.check(root)
    for problem in problems:
        log.warning(problem)
    return markdown.replace(summary.MARKER, summary.table(claims, root))
