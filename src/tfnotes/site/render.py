"""How the site shows the model: a default, a status badge, an argument's
heading and the generated tables, all from the Jinja2 templates next to
this module (``cells.html`` holds the pieces every table is made of; every
page that shows a default shows it through its ``value``). The functions
here are the templates' entry points for Python callers.

Escaping is :func:`html.escape`'s (``&#x27;``), passed explicitly (the
``h`` filter), so the built pages keep the spelling they always had.
"""

import html
import re
from pathlib import Path
from typing import List, Optional

import jinja2

from tfnotes.api import model

# Longer defaults may break anywhere (extra.css keeps code whole).
LONG = 24
_CODE_SPAN = re.compile(r"`([^`]+)`")


def code_spans(text: str) -> List[str]:
    """A docstring's words split at its ``code`` spans: text, code, text..."""
    return _CODE_SPAN.split(text)


TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
    autoescape=False,  # every value is escaped by the h filter (see above)
    trim_blocks=True,
    lstrip_blocks=True,
)
TEMPLATES.filters["h"] = html.escape
TEMPLATES.filters["code_spans"] = code_spans
TEMPLATES.globals.update(LONG=LONG, REQUIRED=model.REQUIRED, title=model.title,
                         searchable=model.searchable, is_mark=model.is_mark)
CELLS = TEMPLATES.get_template("cells.html").module


def template(template_name: str, **values) -> str:
    return TEMPLATES.get_template(template_name).render(**values)


def code(text: str) -> str:
    return CELLS.code(text)


def value(default: Optional[str], present: bool = True) -> str:
    """A default as HTML (valid in Markdown tables and raw HTML alike):
    its repr in code, *required*, a dash for ``*args``/``**kwargs``."""
    return CELLS.value(default, present)


def badge(kind: str, text: str) -> str:
    """``kind``: added, removed or changed (extra.css colours them)."""
    return CELLS.badge(kind, text)


def new_cell(entry: Optional[model.ApiEntry], arg: model.Argument) -> str:
    """The newer release's cell of an argument's row (``entry`` None: a
    notes table's)."""
    return CELLS.new_cell(arg, entry is not None and entry.counterpart["path"] is None)


def old_cell(arg: model.Argument) -> str:
    return CELLS.old_cell(arg)


def heading(entry: model.ApiEntry, arg: model.Argument) -> str:
    """An argument's entry: a small heading with its id whose text is its
    search title (:func:`tfnotes.api.model.title`)."""
    return CELLS.heading(entry, arg)


def api_table(entry: model.ApiEntry, link_of, history_of=lambda arg: None) -> str:
    """The table of one API on its generated page; ``link_of(arg)`` is the
    URL of a notes entry, relative to that page; ``history_of(arg)`` its
    :class:`tfnotes.history.summary.History` or None."""
    return template("api_table.html", entry=entry, link_of=link_of, history_of=history_of)


def history(found) -> str:
    """An argument's :class:`tfnotes.history.summary.History` (or None:
    nothing) as its compact changes, the timeline one click away."""
    return CELLS.history(found)


def release_picker(releases: List[str]) -> str:
    """The release picker (nothing without releases to pick)."""
    return template("release_picker.html", releases=releases)
