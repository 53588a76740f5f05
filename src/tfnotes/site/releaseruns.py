"""Under each snippet on the pages, one line saying how it fares across
the releases of the history (:mod:`tfnotes.history.snippetsummary`),
from the committed runs (``data/history/snippets/``).

:func:`lines` reads the store once per build and makes every snippet's
line; :func:`with_lines` marks the place right under a snippet's fence,
at the fence's indentation, and :func:`fill` puts the line there in the
built HTML (so a TF 2.4 tab gets the 2.x line, a Keras 3
tab the 3.x line of its variant; a snippet with no variant, shown alone,
both).
"""

import html
import re
from pathlib import Path
from typing import Dict, List

from tfnotes import includes, snippet
from tfnotes.history import releases, snippetstore, snippetsummary

CLASS = "tfn-releases"
MARKER = "tfn-releases-%d"
MARKED = re.compile(r"<p>tfn-releases-(\d+)</p>")


def as_html(segments: List[snippetsummary.Segment]) -> str:
    return "".join("<code>%s</code>" % html.escape(text) if code else html.escape(text)
                   for text, code in segments)


def _series(datas: Dict[str, dict], keras3: bool, name: str) -> List[snippetsummary.Segment]:
    names = [r for r in releases.NAMES if snippetstore.is_keras3(r) == keras3]
    found = [((datas.get(r) or {}).get("snippets") or {}).get(name) for r in names]
    return snippetsummary.line(names, found)


def lines(root: Path) -> Dict[str, str]:
    """``{snippet name: the HTML of its line}`` for every snippet."""
    datas = {r: snippetstore.load(r, root) for r in releases.NAMES}
    out = {}
    for each in snippet.discover(root):
        segments: List[snippetsummary.Segment] = []
        if not each.is_variant:
            segments += _series(datas, False, each.name)
        if each.runs_on(keras3=True):
            segments += ([(" ", False)] if segments else []) + _series(datas, True, each.name)
        # Out of the search index: the pages' text is what is searched.
        out[each.name] = '<p class="%s" data-search-exclude>%s</p>' % (CLASS, as_html(segments))
    return out


def with_lines(markdown: str, line_of: Dict[str, str]) -> str:
    """``markdown`` with a marker under each included snippet's fence, the
    paragraph :func:`fill` replaces by its line (raw HTML indented in a
    tab would be taken for a paragraph's text and wrapped in one)."""
    number = {name: n for n, name in enumerate(line_of)}
    found = markdown.splitlines()
    for block, name in reversed(includes.snippet_fences(found)):
        if name not in number:
            continue
        end = min(block.end, len(found))
        found[end:end] = ["", block.indent + MARKER % number[name], ""]
    return "\n".join(found) + ("\n" if markdown.endswith("\n") else "")


def fill(html_text: str, line_of: Dict[str, str]) -> str:
    """The built page with each marker's paragraph replaced by its line."""
    if MARKED.search(html_text) is None:
        return html_text
    shown = list(line_of.values())
    return MARKED.sub(lambda match: shown[int(match.group(1))], html_text)
