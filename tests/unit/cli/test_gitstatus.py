"""What git status reports under snippets/ and docs/."""

from tfnotes.cli import gitstatus

PORCELAIN = "\0".join([
    "M  snippets/layers/lstm/weights.py",
    " M docs/layers/lstm.md",
    "?? snippets/utils/new_one.py",
    "R  snippets/utils/renamed.py", "snippets/utils/old_name.py",
    " D snippets/utils/gone.py",
    "?? src/tfnotes/cli.py",
    " M README.md",
    "?? docs/stylesheets/extra.css",
]) + "\0"


def test_changed_paths_from_git_status():
    assert gitstatus.changed_paths(PORCELAIN) == [
        "docs/layers/lstm.md",
        "docs/stylesheets/extra.css",
        "snippets/layers/lstm/weights.py",
        "snippets/utils/gone.py",
        "snippets/utils/new_one.py",
        "snippets/utils/renamed.py",
    ]
