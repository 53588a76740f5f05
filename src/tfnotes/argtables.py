"""Argument tables in the pages: read them from Markdown.

A page documents an API's arguments with a marker and a two-column table::

    <!-- args: tf.keras.layers.Dense -->
    | Argument | Description |
    | --- | --- |
    | `units` | Size of the output. |

The table holds only names and descriptions. Defaults are never typed:
:mod:`tfnotes.api` reads them from the library into
``data/api/<world>.json``, and the site's plugin (:mod:`tfnotes.site.notes`)
adds them as columns. Standard library only.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, List

MARKER = re.compile(r"^<!--\s*args:\s*(?P<api>tf(?:\.\w+)+)\s*-->\s*$")
ROW = re.compile(r"^\|(?P<cells>.*)\|\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
NAME = re.compile(r"^`(?P<name>\*{0,2}\w+)`$")


@dataclass
class Row:
    """One argument row: its name, description and line in the page."""

    name: str
    description: str
    line: int


@dataclass
class ArgTable:
    """The arguments table of one API on one page."""

    page: Path
    line: int
    api: str
    rows: List[Row] = field(default_factory=list)
    end: int = 0  # the last line of the table (1-based)

    @property
    def short(self) -> str:
        """``tf.keras.Model.fit`` -> ``fit``: the prefix of its anchors."""
        return self.api.rsplit(".", 1)[-1].lower()

    def anchor(self, name: str) -> str:
        """The id of an argument's entry, e.g. ``fit-validation_split``."""
        return "%s-%s" % (self.short, name.lstrip("*"))


class TableError(ValueError):
    """A marker without a well-formed table after it."""


def _cells(line: str) -> List[str]:
    match = ROW.match(line.strip())
    if not match:
        return []
    return [c.strip() for c in match.group("cells").split("|")]


def parse(page: Path, text: str) -> List[ArgTable]:
    """Every arguments table of one page's Markdown ``text``."""
    lines = text.splitlines()
    tables = []
    fence = None  # the fence of the code block we are in, if any
    for index, line in enumerate(lines):
        opening = FENCE.match(line)
        if opening and (fence is None or opening.group(1).startswith(fence)):
            fence = None if fence else opening.group(1)
            continue
        match = MARKER.match(line.strip())
        if fence or not match:
            continue
        table = ArgTable(page, index + 1, match.group("api"))
        header = _cells(lines[index + 1]) if index + 1 < len(lines) else []
        if [c.lower() for c in header] != ["argument", "description"]:
            raise TableError(
                "%s:%d: the line after <!-- args: %s --> must be the header "
                "'| Argument | Description |'" % (page, index + 2, table.api)
            )
        number = index + 3  # header and separator lines
        while number < len(lines) and ROW.match(lines[number].strip()):
            cells = _cells(lines[number])
            name = NAME.match(cells[0]) if cells else None
            if len(cells) != 2 or not name:
                raise TableError(
                    "%s:%d: an argument row is '| `name` | description |'"
                    % (page, number + 1)
                )
            table.rows.append(Row(name.group("name"), cells[1], number + 1))
            number += 1
        table.end = number
        tables.append(table)
    return tables


def tables(docs: Path) -> Iterator[ArgTable]:
    """Every arguments table of every page under ``docs``."""
    for page in sorted(docs.rglob("*.md")):
        yield from parse(page, page.read_text(encoding="utf-8"))


def apis(docs: Path) -> List[str]:
    """The APIs that have a table somewhere, sorted, each once."""
    return sorted({t.api for t in tables(docs)})
