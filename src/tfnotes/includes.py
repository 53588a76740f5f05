"""Which page includes which snippet, read from the Markdown sources.

Pages pull code in with pymdownx.snippets include lines, the scissors
``--8<--`` followed by a quoted path relative to ``snippets/``. This module reads those lines (and the Python
code fences around them) so the harness can name the pages of a failing
snippet and the site tests can find orphans, missing files and code typed
straight into a page. Standard library only.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List

INCLUDE = re.compile(r"""^(?P<indent>\s*)-+8<-+\s+(?P<q>["'])(?P<target>.+?)(?P=q)\s*$""")
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
PYTHON_LANGS = {"py", "python", "python3", "pycon"}
VARIANT_SUFFIX = "_keras3"


@dataclass(frozen=True)
class Include:
    """One ``--8<--`` line: where it is and what it names."""

    page: Path
    line: int
    target: str

    @property
    def file(self) -> str:
        """The snippet path, without a ``:section`` or ``:lines`` suffix."""
        return self.target.split(":", 1)[0]

    @property
    def section(self) -> str:
        return self.target.split(":", 1)[1] if ":" in self.target else ""


@dataclass(frozen=True)
class CodeBlock:
    """A fenced code block in a page: its language and body lines."""

    page: Path
    line: int
    lang: str
    body: List[str]


def includes(docs: Path) -> Iterator[Include]:
    """Every include line of every page under ``docs``."""
    for page in sorted(docs.rglob("*.md")):
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
            match = INCLUDE.match(line)
            if match:
                yield Include(page, number, match.group("target"))


def code_blocks(docs: Path) -> Iterator[CodeBlock]:
    """Every fenced code block of every page under ``docs``."""
    for page in sorted(docs.rglob("*.md")):
        lines = page.read_text(encoding="utf-8").splitlines()
        i = 0
        while i < len(lines):
            match = FENCE.match(lines[i])
            if not match:
                i += 1
                continue
            fence, start = match.group("fence"), i
            lang = match.group("info").strip().split(" ")[0].lstrip(".").lower()
            lang = lang.split("{")[0]
            body = []
            i += 1
            while i < len(lines) and lines[i].strip() != fence:
                body.append(lines[i])
                i += 1
            yield CodeBlock(page, start + 1, lang, body)
            i += 1


def pages_by_snippet(docs: Path) -> Dict[str, List[str]]:
    """Map ``layers/lstm.py`` to the pages that include it."""
    found: Dict[str, List[str]] = {}
    for inc in includes(docs):
        pages = found.setdefault(inc.file, [])
        rel = str(inc.page.relative_to(docs.parent))
        if rel not in pages:
            pages.append(rel)
    return found


def is_variant(name: str) -> bool:
    """``lstm_keras3.py`` is the Keras 3 variant of ``lstm.py``."""
    return Path(name).stem.endswith(VARIANT_SUFFIX)


def base_of(name: str) -> str:
    """``layers/lstm_keras3.py`` -> ``layers/lstm.py``."""
    p = Path(name)
    if not is_variant(name):
        return name
    return str(p.with_name(p.stem[: -len(VARIANT_SUFFIX)] + p.suffix))


def variant_of(name: str) -> str:
    """``layers/lstm.py`` -> ``layers/lstm_keras3.py``."""
    p = Path(name)
    return str(p.with_name(p.stem + VARIANT_SUFFIX + p.suffix))
