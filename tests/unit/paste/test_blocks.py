"""tfnotes.paste.blocks: a page's blocks per tab, and the marker's rule
(names every need, nothing else, above the first block that needs it)."""

from tests.unit.paste import project
from tfnotes import envs
from tfnotes.paste import blocks

SNIPPETS = {
    "p/plain.py": project.PLAIN,
    "p/fig.py": project.FIGURE,
    "p/fig_keras3.py": project.FIGURE,
    "p/plain_keras3.py": project.PLAIN,
}


def _problems(tmp_path, page):
    root = project.make(tmp_path, {"p.md": page}, SNIPPETS)
    return blocks.problems(root, "docs/p.md")


def test_each_fence_is_a_block_per_world(tmp_path):
    root = project.make(
        tmp_path,
        {
            "p.md": project.fence("p/plain.py")
            + "\n"
            + project.fence("p/fig.py")
        },
        {
            "p/plain.py": project.PLAIN,
            "p/fig.py": project.FIGURE,
            "p/fig_keras3.py": "",
        },
    )
    found = [
        (b.line, b.snippet.name, b.world)
        for b in blocks.blocks(root, "docs/p.md")
    ]
    assert found == [
        (2, "p/plain.py", envs.TF24),
        (2, "p/plain.py", envs.TOOLS),
        (6, "p/fig.py", envs.TF24),
        (6, "p/fig_keras3.py", envs.TOOLS),
    ]


def test_a_page_that_keeps_the_rule(tmp_path):
    page = (
        project.fence("p/plain.py")
        + "\n<!-- pip: matplotlib -->\n\n"
        + project.fence("p/fig.py")
    )
    assert _problems(tmp_path, page) == []


def test_an_undeclared_need(tmp_path):
    assert _problems(tmp_path, project.fence("p/fig.py")) == [
        "docs/p.md:2: the TF 2.4 tab's snippets/p/fig.py needs matplotlib (its line 1); name it in "
        "the page's '<!-- pip: ... -->' marker, above its first block that needs it",
        "docs/p.md:2: the Keras 3 tab's snippets/p/fig_keras3.py needs matplotlib (its line 1); name "
        "it in the page's '<!-- pip: ... -->' marker, above its first block that needs it",
    ]


def test_a_package_no_block_needs(tmp_path):
    page = "<!-- pip: matplotlib -->\n\n" + project.fence("p/plain.py")
    assert _problems(tmp_path, page) == [
        "docs/p.md:1: the pip marker names matplotlib, which no block of the page imports or "
        "declares ('# Needs matplotlib: why'); remove it"
    ]


def test_the_marker_above_the_first_block_that_needs_it(tmp_path):
    below = project.fence("p/fig.py") + "\n<!-- pip: matplotlib -->\n"
    too_high = (
        "<!-- pip: matplotlib -->\n\n"
        + project.fence("p/plain.py")
        + "\n"
        + project.fence("p/fig.py")
    )
    for page in (below, too_high):
        assert len(_problems(tmp_path, page)) == 1
        assert (
            "move the pip marker above line"
            in _problems(tmp_path, page)[0]
        )
