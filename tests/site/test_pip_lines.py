"""The pages' pip lines: each page names, in its one pip marker, every
package its blocks need beyond TensorFlow and nothing else, above the
first block that needs one (tfnotes.paste.blocks); the built pages show
the lines the locks make (tfnotes.piplines), and no marker is left."""

import html
import re

from tfnotes import piplines
from tfnotes.paste import blocks

TAG = re.compile(r"<[^>]+>")


def test_each_page_names_what_its_blocks_need(project):
    found = [
        p
        for page in blocks.pages(project)
        for p in blocks.problems(project, page)
    ]
    assert not found, "\n".join(found)


def test_the_built_pages_show_their_lines(project, site):
    shown = 0
    for page in blocks.pages(project):
        marker = piplines.marker_of(
            page,
            (project / page).read_text(encoding="utf-8").splitlines(),
        )
        built = site / page[len("docs/") : -len(".md")] / "index.html"
        if page == "docs/index.md":
            built = site / "index.html"
        raw = built.read_text(encoding="utf-8")
        # A marker left is an HTML comment; one quoted in code is escaped.
        assert "<!-- pip" not in raw, (
            "%s: its pip marker was not replaced" % built
        )
        text = html.unescape(TAG.sub("", raw))
        for line in (
            piplines.lines_of(project, page, marker) if marker else ()
        ):
            assert (
                "%s  # %s, Python %s"
                % (line.text, line.label, line.python)
                in text
            ), (built, line.text)
            shown += 1
    assert shown >= 2  # the conventions page's lines at least
