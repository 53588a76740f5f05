"""What the project holds for a snippet that a run is compared with: its
committed figures, light and dark, and what their seals say they were
drawn from. Read once per run; :mod:`tfnotes.harness.verdict` judges
against it and the worker skips drawing a figure whose seal matches.
"""

from typing import Dict, Tuple

from tfnotes.harness import figures
from tfnotes.harness.verdict import CommittedFigure
from tfnotes.snippet import Snippet


def read_figures(snippet: Snippet) -> Tuple[CommittedFigure, ...]:
    """Its committed figures in order (a missing dark twin reads None)."""
    found = []
    for number, light in enumerate(snippet.figures(), start=1):
        dark = snippet.figure(number, "dark")
        found.append(CommittedFigure(
            path=str(light.relative_to(snippet.root)),
            light=light.read_text(encoding="utf-8"),
            dark=dark.read_text(encoding="utf-8") if dark.is_file() else None,
        ))
    return tuple(found)


def known_seals(committed: Tuple[CommittedFigure, ...]) -> Dict[str, str]:
    """Figure number -> what the committed pair was drawn from, for the
    pairs whose seal holds (the worker need not draw those again)."""
    known = {}
    for number, held in enumerate(committed, start=1):
        if held.dark is not None:
            inputs = figures.sealed_inputs(held.light, held.dark)
            if inputs:
                known[str(number)] = inputs
    return known
