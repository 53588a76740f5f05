"""``mkdocs build --strict`` with each problem pinned to a page and line.

mkdocs names the page of a broken link or anchor but not the line, and
pymdownx.snippets names the missing file but not the page that wants it.
This wrapper runs the build, then adds ``docs/page.md:LINE`` to each such
message by finding the offending text in the sources.
"""

import re
import subprocess
import sys
from pathlib import Path
from typing import List, Optional

from tfnotes import includes

LINK = re.compile(r"Doc file '(?P<page>[^']+)' contains (?:a|an \w+) link '(?P<target>[^']+)'")
SNIPPET = re.compile(r"Snippet at path '(?P<target>[^']+)' could not be found")
SECTION = re.compile(r"Error reading page '(?P<page>[^']+)': Snippet section '(?P<section>[^']+)' could not be located")


def _find(page: Path, needle: str) -> Optional[int]:
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    return None


def locate(message: str, docs: Path) -> List[str]:
    """``page:line`` places that ``message`` (one line of mkdocs output) is about."""
    places = []
    match = LINK.search(message)
    if match:
        page = docs / match.group("page")
        target = match.group("target")
        line = _find(page, "(%s)" % target) or _find(page, target)
        places.append("docs/%s:%s" % (match.group("page"), line or "?"))
    match = SECTION.search(message)
    if match:
        for inc in includes.includes(docs / Path(match.group("page")).parent):
            if inc.page == docs / match.group("page") and inc.section == match.group("section"):
                places.append("%s:%d" % (inc.page.relative_to(docs.parent), inc.line))
    match = SNIPPET.search(message)
    if match:
        for inc in includes.includes(docs):
            if inc.target == match.group("target"):
                places.append("%s:%d" % (inc.page.relative_to(docs.parent), inc.line))
    return places


def build(mkdocs: str, project: Path, site_dir: str = "site", strict: bool = True) -> int:
    """Run the build in ``project``; print its output with places added."""
    cmd = [mkdocs, "build", "--clean", "--site-dir", site_dir]
    if strict:
        cmd.append("--strict")
    run = subprocess.run(cmd, cwd=str(project), capture_output=True, text=True)
    lines = (run.stdout + run.stderr).splitlines()
    if any(line.startswith("Traceback") for line in lines):
        # A crash: its last line says what broke; the stack is mkdocs'.
        lines = [line for line in lines if not line.startswith((" ", "Traceback"))]
    for line in lines:
        if line.startswith("INFO") and not run.returncode:
            continue
        places = locate(line, project / "docs")
        print(line + ("  [at %s]" % ", ".join(places) if places else ""))
    return run.returncode


if __name__ == "__main__":
    sys.exit(build(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else Path.cwd()))
