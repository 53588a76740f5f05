"""What git says changed under snippets/ and docs/: what ``./tfn check``
checks when no path is named. Standard library only."""

import subprocess
from typing import List

from tfnotes import envs
from tfnotes.cli import shell


def changed_paths(porcelain: str) -> List[str]:
    """Paths under snippets/ and docs/ in ``git status --porcelain -z``
    output: staged, unstaged and untracked (a rename counts as its new
    path), sorted."""
    found = set()
    fields = porcelain.split("\0")
    i = 0
    while i < len(fields):
        entry = fields[i]
        i += 1
        if len(entry) < 4:
            continue
        status, path = entry[:2], entry[3:]
        if "R" in status or "C" in status:
            i += 1  # the next field is the old path
        if path.startswith(("snippets/", "docs/")):
            found.add(path)
    return sorted(found)


def git_changes() -> List[str]:
    try:
        run = subprocess.run(
            ["git", "status", "--porcelain", "-z", "--untracked-files=all", "--", "snippets", "docs"],
            cwd=str(envs.ROOT), capture_output=True, text=True,
        )
    except OSError as exc:
        raise shell.UsageError("cannot run git (%s); name the files to check: ./tfn check snippets/PAGE/NAME.py" % exc) from None
    if run.returncode != 0:
        raise shell.UsageError("git status failed in %s (%s); name the files to check: "
                         "./tfn check snippets/PAGE/NAME.py" % (envs.ROOT, run.stderr.strip()))
    return changed_paths(run.stdout)
