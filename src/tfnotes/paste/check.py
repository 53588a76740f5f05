"""The copy-paste check: which blocks run with which pip line, the venvs
made, the blocks run side by side, one line per failure.

``every`` block of the pages given (all pages by default) runs with the
line of its tab, the page's own where it has a pip marker, else the bare
lines of the conventions page; ``quick`` (per push) runs, for each
distinct line, only the first block, in page order, that needs what the
line adds to TensorFlow (the first block of all for a bare line): each
line is installed and proven once. Standard library only.
"""

import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

from tfnotes import envs, piplines
from tfnotes.paste import blocks, needs, run, venvs

Plan = List[Tuple[piplines.PipLine, blocks.Block]]


def lines_of_page(root: Path, page: str) -> Dict[str, piplines.PipLine]:
    """``{world name: line}`` a reader of ``page`` installs."""
    marker = piplines.marker_of(
        page, (root / page).read_text(encoding="utf-8").splitlines()
    )
    if marker is None:
        return {w.name: piplines.line_of(root, w) for w in envs.WORLDS}
    return {
        line.world: line
        for line in piplines.lines_of(root, page, marker)
    }


def every(root: Path, pages: Sequence[str]) -> Plan:
    plan = []
    for page in pages:
        lines = lines_of_page(root, page)
        plan += [
            (lines[b.world.name], b) for b in blocks.blocks(root, page)
        ]
    return plan


def quick(root: Path) -> Plan:
    chosen: Dict[str, Tuple[piplines.PipLine, blocks.Block]] = {}
    for line, block in every(root, blocks.pages(root)):
        wanted = set(line.extras)
        if line.text in chosen:
            continue
        if not wanted or wanted & set(
            needs.needs(block.snippet, block.world)
        ):
            chosen[line.text] = (line, block)
    return list(chosen.values())


def _say(text: str) -> None:
    print("paste: " + text, file=sys.stderr, flush=True)


def check(plan: Plan, jobs: int = 2) -> List[run.Outcome]:
    """Run ``plan``; the outcomes in plan order (venvs built first, one
    after another, then the blocks on ``jobs`` threads)."""
    made: Dict[str, Path] = {}
    for line, _ in plan:
        if line.text not in made:
            began = time.perf_counter()
            made[line.text] = venvs.ensure(line)
            _say(
                "%s (%.1f s): %s"
                % (
                    line.text,
                    time.perf_counter() - began,
                    made[line.text],
                )
            )
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(
            pool.map(
                lambda item: run.run(item[1], made[item[0].text]), plan
            )
        )


def report(outcomes: List[run.Outcome]) -> str:
    """One paragraph per block that did not run as shown."""
    failed = []
    for o in outcomes:
        if o.problem:
            failed.append(
                "%s:%d: the %s tab (%s) did not run as shown with its pip line: %s"
                % (
                    o.block.page,
                    o.block.line,
                    piplines.LABELS[o.block.world.name],
                    o.block.snippet.display,
                    o.problem,
                )
            )
    return "\n\n".join(failed)
