"""The notes' argument tables (:mod:`tfnotes.argtables`) as model
arguments, and as the Markdown tables their pages show.

A page writes names and descriptions only; the defaults are each API's
signature in every release of the committed data (``data/api/``): the
argument of that name, no renaming or hidden ``**kwargs`` argument
followed (the generated API pages show those).
"""

from pathlib import Path
from typing import Dict, List, Tuple

from tfnotes import argtables
from tfnotes.api import extract, model
from tfnotes.site import render


class NotesError(ValueError):
    """A table that the data cannot fill, with its page and line."""


def documented(docs: Path) -> Dict[Tuple[str, str], Tuple[str, str]]:
    """``{(API, argument): (page src path, anchor)}`` of every notes table
    under ``docs`` (raises :class:`tfnotes.argtables.TableError`)."""
    out = {}
    for table in argtables.tables(docs):
        page = table.page.relative_to(docs).as_posix()
        out.update({(table.api, row.name): (page, table.anchor(row.name)) for row in table.rows})
    return out


def arguments(table: argtables.ArgTable, releases: Dict[str, Dict[str, object]], page: str) -> List[model.Argument]:
    """The model arguments of one table's rows (``page``: its src path)."""
    where = "%s:%d" % (table.page, table.line)
    found = {}
    for release, label in model.RELEASES.items():
        found[release] = model.signature(releases[release], table.api)
        if found[release] is None:
            raise NotesError("%s: no %s defaults for %s in %s; run './tfn update'" % (
                where, label, table.api, extract.path_for(release, Path("."))))
    out = []
    for row in table.rows:
        if not any(row.name in found[r] for r in found):
            raise NotesError("%s:%d: %s has no argument %r" % (table.page, row.line, table.api, row.name))
        out.append(model.Argument(
            table.api, row.name, {r: found[r].get(row.name) for r in found},
            {r: row.name if row.name in found[r] else None for r in found},
            anchor=table.anchor(row.name), notes=(page, table.anchor(row.name)),
            description=row.description))
    return out


def markdown_table(entry: model.ApiEntry, args: List[model.Argument],
                   history_of=lambda arg: None) -> List[str]:
    """The lines that replace one source table (``history_of(arg)``: its
    :class:`tfnotes.history.summary.History` or None)."""
    lines = ["| Argument | TF 2.4 default | Keras 3 | Description |", "| --- | --- | --- | --- |"]
    for arg in args:
        cells = [render.heading(entry, arg) + render.history(history_of(arg)), render.old_cell(arg), render.new_cell(None, arg),
                 arg.description]
        lines.append("| " + " | ".join(cells) + " |")
    return lines
