"""The ``--update-outputs`` edits: a snippet's ``#>`` comments and its
figures rewritten from a run.

A passing (or merely stale) run records its edits here; they are applied
once, when the session ends, as pytest-examples does: no file changes
while snippets are still running and reading them, and an edit that
would write what a file already holds writes nothing.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional

from tfnotes.harness import figures
from tfnotes.snippet import Snippet

SCHEMES = ("light", "dark")


@dataclass(frozen=True)
class Edit:
    """Write ``text`` to ``path``, or delete it when ``text`` is None."""

    path: Path
    text: Optional[str]

    def apply(self) -> None:
        if self.text is None:
            self.path.unlink()
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(self.text, encoding="utf-8")


def source_edits(snippet: Snippet, source: str, rendered: str) -> List[Edit]:
    """The snippet file rewritten with the run's ``#>`` comments, if they
    changed."""
    return [] if rendered == source else [Edit(snippet.path, rendered)]


def figure_edits(snippet: Snippet, drawn: List[Dict[str, Any]]) -> List[Edit]:
    """The committed figure pairs made the ones a run drew: each drawn
    pair whose files differ is written (sealed), and the pairs of figures
    it no longer draws are deleted."""
    edits = []
    for number, fig in enumerate(drawn, start=1):
        for scheme, text in zip(SCHEMES, figures.sealed(fig["svg"], fig["inputs"])):
            path = snippet.figure(number, scheme)
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                edits.append(Edit(path, text))
    number = len(drawn) + 1
    while snippet.figure(number).is_file():
        for scheme in SCHEMES:
            if snippet.figure(number, scheme).is_file():
                edits.append(Edit(snippet.figure(number, scheme), None))
        number += 1
    return edits


class Pending:
    """The edits of a session, applied once at its end."""

    def __init__(self) -> None:
        self.edits: List[Edit] = []

    def add(self, edits: List[Edit]) -> None:
        self.edits.extend(edits)

    def apply(self) -> int:
        """Apply every recorded edit; how many files changed."""
        done, self.edits = self.edits, []
        for edit in done:
            edit.apply()
        return len(done)
