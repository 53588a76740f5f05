"""The snippets and pages a command line or git names, and the files each
world runs for them. Standard library only."""

import os
from pathlib import Path
from typing import List, Sequence

from tfnotes import envs
from tfnotes.cli import shell
from tfnotes.snippet import Snippet, from_path


def under(path: str, roots: Sequence[str]) -> bool:
    path = path.split("::")[0].rstrip("/")
    return any(path == r or path.startswith(r + "/") for r in roots)


class Selection:
    """What a check or update is about: snippets, pages, removed files."""

    def __init__(self):
        self.snippets: List[Snippet] = []
        self.pages: List[str] = []
        self.removed: List[str] = []
        self.ignored: List[str] = []

    def __bool__(self):
        return bool(self.snippets or self.pages or self.removed)


def relative(path: str) -> str:
    return os.path.relpath(os.path.abspath(path), str(envs.ROOT))


def select(paths: Sequence[str], explicit: bool, pages: bool = True) -> Selection:
    """Sort ``paths`` into snippets and pages. A path named on the command
    line that is neither is an error naming it; one git reported (a
    stylesheet, a helper) is only ignored."""
    chosen = Selection()
    for raw in paths:
        rel = relative(raw) if explicit else raw
        full = envs.ROOT / rel
        if full.is_dir() and under(rel, ("snippets",)):
            found = sorted(p for p in full.rglob("*.py") if not p.name.startswith("_"))
            if not found:
                raise shell.UsageError("%s: no snippet in this folder" % raw)
            chosen.snippets += [from_path(p, envs.ROOT) for p in found]
            continue
        if full.is_dir() and under(rel, ("docs",)) and pages:
            chosen.pages += sorted(str(p.relative_to(envs.ROOT)) for p in full.rglob("*.md"))
            continue
        snippet = from_path(Path(rel), envs.ROOT) if rel.endswith(".py") else None
        is_page = pages and under(rel, ("docs",)) and rel.endswith(".md")
        if not full.exists():
            if explicit:
                raise shell.UsageError("%s: no such file" % raw)
            if snippet is not None or is_page:
                chosen.removed.append(rel)
            continue
        if snippet is not None:
            chosen.snippets.append(snippet)
        elif is_page:
            chosen.pages.append(rel)
        elif explicit:
            what = "a snippet (snippets/PAGE/NAME.py) or a page (docs/PAGE.md)" if pages else \
                "a snippet (snippets/PAGE/NAME.py) or a folder of snippets"
            hint = " (files starting with _ are helpers, not snippets)" if Path(rel).name.startswith("_") else ""
            if not pages and under(rel, ("docs",)) and rel.endswith(".md"):
                hint = " (the snippets of this page: snippets/%s/)" % rel[len("docs/"):-len(".md")]
            raise shell.UsageError("%s: not %s%s" % (raw, what, hint))
        else:
            chosen.ignored.append(rel)
    unique = {s.name: s for s in chosen.snippets}
    chosen.snippets = [unique[k] for k in sorted(unique)]
    chosen.pages = sorted(set(chosen.pages))
    return chosen


def world_files(snippets: Sequence[Snippet]) -> List[Snippet]:
    """The snippets and their bases and variants: a path is given to both
    worlds with its counterpart, and each world runs its own."""
    found = {}
    for snippet in snippets:
        for one in (snippet, snippet.base, snippet.variant):
            if one.path.is_file():
                found[one.name] = one
    return [found[k] for k in sorted(found)]


def names(snippets: Sequence[Snippet]) -> str:
    if len(snippets) <= 3:
        return ", ".join(s.display for s in snippets)
    return "%d snippets" % len(snippets)
