"""tfnotes.paste.check: which block runs with which line; per push, one
block per distinct line, one that needs what the line adds."""

from tests.unit.paste import project
from tfnotes.paste import blocks, check, run

PAGES = {
    "a.md": project.fence("p/plain.py"),
    "b.md": project.fence("p/plain.py")
    + "\n<!-- pip: matplotlib -->\n\n"
    + project.fence("p/fig.py"),
}
SNIPPETS = {"p/plain.py": project.PLAIN, "p/fig.py": project.FIGURE}


def _plan(plan):
    return [
        (
            line.text.split("==")[1].split()[0],
            line.extras,
            b.page,
            b.snippet.name,
        )
        for line, b in plan
    ]


def test_every_block_gets_the_line_of_its_page_and_tab(tmp_path):
    root = project.make(tmp_path, PAGES, SNIPPETS)
    assert _plan(check.every(root, ["docs/b.md"])) == [
        ("2.4.4", ("matplotlib",), "docs/b.md", "p/plain.py"),
        ("2.21.0", ("matplotlib",), "docs/b.md", "p/plain.py"),
        ("2.4.4", ("matplotlib",), "docs/b.md", "p/fig.py"),
        ("2.21.0", ("matplotlib",), "docs/b.md", "p/fig.py"),
    ]


def test_quick_proves_each_line_once_on_a_block_that_needs_it(tmp_path):
    root = project.make(tmp_path, PAGES, SNIPPETS)
    assert blocks.pages(root) == ["docs/a.md", "docs/b.md"]
    assert _plan(check.quick(root)) == [
        ("2.4.4", (), "docs/a.md", "p/plain.py"),
        ("2.21.0", (), "docs/a.md", "p/plain.py"),
        ("2.4.4", ("matplotlib",), "docs/b.md", "p/fig.py"),
        ("2.21.0", ("matplotlib",), "docs/b.md", "p/fig.py"),
    ]


def test_the_report_names_page_line_tab_and_file(tmp_path):
    root = project.make(tmp_path, PAGES, SNIPPETS)
    _, block = check.every(root, ["docs/a.md"])[1]
    assert check.report([run.Outcome(block, "exited 1", 1.0)]) == (
        "docs/a.md:2: the Keras 3 tab (snippets/p/plain.py) did not run as shown with its pip "
        "line: exited 1"
    )
