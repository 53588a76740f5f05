"""What a check or update is about: git's paths sorted into snippets,
pages and removed files, the rest ignored."""

from tfnotes.cli import selection


def test_git_selection_ignores_what_is_no_snippet_or_page(project):
    chosen = selection.select(["docs/p.md", "docs/stylesheets/extra.css", "snippets/p/b.py", "snippets/p/gone.py"],
                        explicit=False)
    assert [s.name for s in chosen.snippets] == ["p/b.py"]
    assert chosen.pages == ["docs/p.md"]
    assert chosen.removed == ["snippets/p/gone.py"]
    assert chosen.ignored == ["docs/stylesheets/extra.css"]
