"""A page's blocks as a reader runs them, and the rule its pip marker
keeps: it names every package a block needs beyond TensorFlow
(:mod:`.needs`), nothing no block needs, and sits above the first block
that needs one. Standard library only."""

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List

from tfnotes import envs, includes, locks, piplines
from tfnotes.paste import needs
from tfnotes.snippet import Snippet


@dataclass(frozen=True)
class Block:
    """One tab of one Python fence: the file it shows, and its world."""

    page: str  # "docs/losses.md"
    line: int  # the include's line
    snippet: Snippet
    world: envs.World


def blocks(root: Path, page: str) -> Iterator[Block]:
    """Every block of ``page`` (relative to ``root``), in page order: the
    TF 2.4 tab then the Keras 3 tab of each fence (the base in both when
    it has no variant, as the harness runs it)."""
    lines = (root / page).read_text(encoding="utf-8").splitlines()
    for fence in includes.fences(Path(page), lines):
        body = [
            (i, line)
            for i, line in enumerate(fence.body)
            if line.strip()
        ]
        match = (
            includes.INCLUDE.match(body[0][1])
            if len(body) == 1
            else None
        )
        if fence.lang not in includes.PYTHON_LANGS or not match:
            continue
        base = Snippet(root, match.group("target").split(":")[0])
        if not base.name.endswith(".py"):
            continue
        for world in envs.WORLDS:
            keras3 = world is envs.TOOLS
            shown = (
                base.variant if keras3 and base.has_variant else base
            )
            yield Block(page, fence.line + 1 + body[0][0], shown, world)


def pages(root: Path) -> List[str]:
    """Every page of the site, ``docs/...md``, sorted."""
    return sorted(
        str(p.relative_to(root)) for p in (root / "docs").rglob("*.md")
    )


def problems(root: Path, page: str) -> List[str]:
    """What breaks the marker's rule on ``page``, one ``page:LINE: what to
    do`` message each."""
    lines = (root / page).read_text(encoding="utf-8").splitlines()
    marker = piplines.marker_of(page, lines)
    shown = {}
    if marker:
        shown = {
            line.world: set(line.extras)
            for line in piplines.lines_of(root, page, marker)
        }
    found, needed, first = [], set(), None
    for block in blocks(root, page):
        for package, line in needs.needs(
            block.snippet, block.world
        ).items():
            needed.add(package)
            first = first or block
            if package not in shown.get(block.world.name, ()):
                found.append(
                    "%s:%d: the %s tab's %s needs %s (its line %d); name it in "
                    "the page's '<!-- pip: ... -->' marker, above its first block "
                    "that needs it"
                    % (
                        page,
                        block.line,
                        piplines.LABELS[block.world.name],
                        block.snippet.display,
                        package,
                        line,
                    )
                )
    for name in marker.names if marker else ():
        if locks.canonical(name) not in needed:
            found.append(
                "%s:%d: the pip marker names %s, which no block of the page imports "
                "or declares ('# Needs %s: why'); remove it"
                % (page, marker.line, name, name)
            )
    if marker and first:
        between = [
            b
            for b in blocks(root, page)
            if marker.line < b.line < first.line
        ]
        if first.line < marker.line or between:
            found.append(
                "%s:%d: move the pip marker above line %d, the first block that needs "
                "more than TensorFlow (%s)"
                % (page, marker.line, first.line, first.snippet.display)
            )
    return found
