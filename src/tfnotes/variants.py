"""Keras 3 variants of snippets: what they are and why each exists.

A snippet ``x.py`` that cannot run unchanged (or prints something else) on
the newest TensorFlow gets a sibling ``x_keras3.py``, tested only there and
shown in a "Keras 3" tab next to the original. Its leading comment says
what changed, on a line ``# Keras 3: ...``; the "What changed since 2.4"
page lists those lines. Standard library only.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

from tfnotes import includes

REASON = re.compile(r"^#\s*Keras 3:\s*(?P<why>.+)$")


@dataclass
class Variant:
    """A Keras 3 variant: its path (relative to snippets/) and reason."""

    name: str
    base: str
    why: Optional[str]


def reason(source: str) -> Optional[str]:
    """The ``# Keras 3: ...`` line of a variant's leading comments."""
    for line in source.splitlines():
        if not line.startswith("#"):
            break
        match = REASON.match(line)
        if match:
            return match.group("why").strip()
    return None


def variants(snippets: Path) -> List[Variant]:
    """Every variant under ``snippets``, sorted by path."""
    found = []
    for path in sorted(snippets.rglob("*.py")):
        name = str(path.relative_to(snippets))
        if includes.is_variant(name):
            found.append(Variant(name, includes.base_of(name), reason(path.read_text(encoding="utf-8"))))
    return found


def bases(snippets: Path) -> List[str]:
    """Every snippet that is not a variant."""
    return [
        str(p.relative_to(snippets)) for p in sorted(snippets.rglob("*.py"))
        if not includes.is_variant(str(p.relative_to(snippets))) and not p.name.startswith("_")
    ]
