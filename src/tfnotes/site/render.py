"""How the site shows the model: a default, a status badge, an argument's
heading and the generated tables. Every page that shows a default shows
it through :func:`value`. The tables come from the Jinja2 templates next
to this module.

Escaping is :func:`html.escape`'s (``&#x27;``), passed explicitly (the
``h`` filter), so the built pages keep the spelling they always had.
"""

import html
import re
from pathlib import Path
from typing import Optional

import jinja2

from tfnotes.api import model

TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
    autoescape=False,  # every value is escaped by the h filter (see above)
    trim_blocks=True,
    lstrip_blocks=True,
)
TEMPLATES.filters["h"] = html.escape
# Longer defaults may break anywhere (extra.css keeps code whole).
LONG = 24
_LONG_STYLE = ' style="white-space: normal; word-break: break-all"'


def template(template_name: str, **values) -> str:
    return TEMPLATES.get_template(template_name).render(**values)


def code(text: str) -> str:
    return "<code%s>%s</code>" % (_LONG_STYLE if len(text) > LONG else "", html.escape(text))


def value(default: Optional[str], present: bool = True) -> str:
    """A default as HTML (valid in Markdown tables and raw HTML alike):
    its repr in code, *required*, a dash for ``*args``/``**kwargs``."""
    if not present:
        return badge("added", "not in 2.4")
    if default is None:
        return "&mdash;"
    if default == model.REQUIRED:
        return "<em>required</em>"
    return code(default)


def badge(kind: str, text: str) -> str:
    """``kind``: added, removed or changed (extra.css colours them)."""
    return '<span class="tfn-%s">%s</span>' % (kind, html.escape(text))


# The badge after a Keras 3 value, by status.
STATUS_BADGES = {"changed": badge("changed", "changed"), "added": badge("added", "new")}


def keras3_cell(entry: Optional[model.ApiEntry], arg: model.Argument) -> str:
    """The Keras 3 cell of an argument's row (``entry`` None: a notes table's)."""
    if entry is not None and entry.counterpart["path"] is None:
        return badge("removed", "API removed")
    if arg.status == "removed":
        return badge("removed", "removed")
    plain = arg.extra and (arg.new or "").startswith(("accepted", "not tried"))
    cell = html.escape(arg.new) if plain else value(arg.new)
    if arg.new_name and arg.new_name != arg.name:
        cell = "<code>%s</code> = %s" % (html.escape(arg.new_name), cell)
    if arg.status in STATUS_BADGES:
        cell += " " + STATUS_BADGES[arg.status]
    return cell


def gets(resolved: Optional[str]) -> str:
    """What ``get_config()`` says the default resolves to, where it says more."""
    return "<br><small>gets %s</small>" % code(resolved) if resolved else ""


def tf24_cell(arg: model.Argument) -> str:
    if not arg.extra:
        return value(arg.old, arg.in_old) + gets(arg.resolved_old)
    cell = "left out: " + code(arg.old) if arg.old else "not set"
    said = arg.accepted.split(":", 1)[0]
    if said:
        cell += " " + badge("added" if said == "accepted" else "removed", said)
    return cell + gets(arg.resolved_old)


def heading(entry: model.ApiEntry, arg: model.Argument) -> str:
    """An argument's entry: a small heading with its id whose text is its
    search title (:func:`tfnotes.api.model.title`), all but the name
    hidden in the table, where the cells show it."""
    title = model.title(entry, arg)
    head, rest = title.split(" · ", 1)
    return template("heading.html", anchor=arg.anchor, head=head, name=arg.name,
                    after=rest[len(arg.name):])


def described(text: str) -> str:
    """A docstring's words as HTML, its ``code`` spans kept."""
    parts = re.split(r"`([^`]+)`", text)
    return "".join(html.escape(p) if n % 2 == 0 else "<code>%s</code>" % html.escape(p)
                   for n, p in enumerate(parts))


def api_table(entry: model.ApiEntry, link_of) -> str:
    """The table of one API on its generated page; ``link_of(arg)`` is the
    URL of a notes entry, relative to that page."""
    rows = []
    for arg in entry.arguments:
        name = "<code>%s</code>" % html.escape(arg.name)
        extra = " " + badge("added", "**kwargs") if arg.extra else ""
        if arg.notes:
            first = '<a href="%s" title="documented in the notes">%s</a>%s' % (
                html.escape(link_of(arg)), name, extra)
        elif model.searchable(entry, arg):
            first = heading(entry, arg) + extra
        else:
            first = '<span id="%s">%s</span>%s' % (arg.anchor, name, extra)
        rows.append([first, tf24_cell(arg), keras3_cell(entry, arg) + gets(arg.resolved_new),
                     described(arg.description)])
    return template("api_table.html", rows=rows)
