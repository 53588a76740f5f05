"""Release facts in the prose: a page writes ``<!-- packaging: NAME -->``
where a fact of :data:`tfnotes.history.packaging_facts.FACTS` goes (``from
TF <!-- packaging: keras_package_first --> on``), and :func:`fill` puts
the fact's text there before the Markdown pass. A name that is no fact
is an error naming the page and line. A marker shown as itself (on the
page that explains them) is escaped: ``\\<!-- packaging: NAME -->``
renders without its backslash. Standard library only.
"""

import re
from typing import Callable, Dict, List, Optional, Tuple

MARKER = re.compile(
    r"(?P<escaped>\\?)(?P<marker><!-- packaging: (?P<name>\w+) -->)"
)
NO_DATA = "none: data/history/packaging.json is missing, run ./tfn history --packaging"


class FactMarkerError(ValueError):
    """A marker that names no fact."""


def names(text: str):
    """The fact names of the markers in ``text``, in order."""
    return [name for _, name in positions(text)]


def positions(text: str) -> List[Tuple[int, str]]:
    """``(offset, fact name)`` of each marker in ``text``."""
    return [
        (m.start("marker"), m.group("name"))
        for m in MARKER.finditer(text)
        if not m.group("escaped")
    ]


def fill(
    markdown: str,
    page: str,
    facts: Dict[str, str],
    source: Optional[Callable[[], str]] = None,
) -> str:
    """``markdown`` with each marker replaced by its fact's text; an
    error's line is that of the page's source, read by ``source`` where
    given (the Markdown may have rendered tables and tabs by now)."""

    def fact(match):
        name = match.group("name")
        if match.group("escaped"):
            return match.group("marker")
        if name not in facts:
            text = markdown if source is None else source()
            at = max(text.find(match.group("marker")), 0)
            line = text.count("\n", 0, at) + 1
            raise FactMarkerError(
                "docs/%s:%d: no packaging fact %r (known: %s)"
                % (
                    page,
                    line,
                    name,
                    ", ".join(sorted(facts)) or NO_DATA,
                )
            )
        return facts[name]

    return MARKER.sub(fact, markdown)
