"""Keras 3 variants of snippets: which exist and why each does.

A snippet ``x.py`` that cannot run unchanged (or prints something else) on
the newest TensorFlow gets a sibling ``x_keras3.py``, tested only there and
shown in a "Keras 3" tab next to the original (:mod:`tfnotes.snippet` is
the model; :func:`tfnotes.includes.with_keras3_tabs` makes the tabs). Its
leading comment says what changed, on a line ``# Keras 3: ...``
(:meth:`tfnotes.snippet.Snippet.keras3_reason`); the "What changed since
2.4" page lists those lines. Standard library only.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

from tfnotes.snippet import discover


@dataclass
class Variant:
    """A Keras 3 variant: its path (relative to snippets/) and reason."""

    name: str
    base: str
    why: Optional[str]


def variants(snippets: Path) -> List[Variant]:
    """Every variant under ``snippets``, sorted by path."""
    return [
        Variant(s.name, s.base.name, s.keras3_reason())
        for s in discover(snippets.parent) if s.is_variant
    ]


def bases(snippets: Path) -> List[str]:
    """Every snippet that is not a variant."""
    return [s.name for s in discover(snippets.parent) if not s.is_variant]
