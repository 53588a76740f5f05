"""The hook's side of :mod:`tfnotes.piplines`: a page's pip marker
replaced by its ``bash`` block (the ``pip_lines.md`` template)."""

from pathlib import Path

from tfnotes import piplines
from tfnotes.site.render import TEMPLATES


def block(root: Path, page: str, marker: piplines.Marker) -> str:
    """The Markdown of ``marker``'s lines, at its indentation."""
    lines = piplines.lines_of(root, page, marker)
    return TEMPLATES.get_template("pip_lines.md").render(
        indent=marker.indent, lines=lines
    )


def with_pip_lines(markdown: str, root: Path, page: str) -> str:
    """``markdown`` with its pip marker, if any, replaced by its block;
    ``page`` (``docs/losses.md``) names it in errors."""
    lines = markdown.splitlines()
    marker = piplines.marker_of(page, lines)
    if marker is None:
        return markdown
    lines[marker.line - 1] = block(root, page, marker).rstrip("\n")
    return "\n".join(lines) + ("\n" if markdown.endswith("\n") else "")
