"""Which page includes which snippet, read from the Markdown sources, and
the Keras 3 tabs the build hook makes of them.

Pages pull code in with pymdownx.snippets include lines, the scissors
``--8<--`` followed by a quoted path relative to ``snippets/``. This module
reads those lines (and the code fences around them) so the harness can name
the pages of a failing snippet and the site tests can find orphans, missing
files and code typed straight into a page.

A page includes a snippet once, in a Python fence of its own; where the
snippet has a Keras 3 variant (:mod:`tfnotes.snippet`), the build hook
turns that fence into two linked content tabs, ``TF 2.4`` and ``Keras 3``
(:func:`with_keras3_tabs`), the way FastAPI's variant includes do. Each
such fence therefore also shows the variant: :func:`includes` reports that
include too, marked ``added_by_hook``. Standard library only.
"""

import ast
import posixpath
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional, Tuple

# The harness and the benchmarks still import these names from here.
from tfnotes.snippet import (  # noqa: F401
    VARIANT_SUFFIX,
    Snippet,
    base_of,
    is_variant,
    variant_of,
)

INCLUDE = re.compile(r"""^(?P<indent>\s*)-+8<-+\s+(?P<q>["'])(?P<target>.+?)(?P=q)\s*$""")
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
PYTHON_LANGS = {"py", "python", "python3", "pycon"}
TAB = re.compile(r'^(?P<indent>\s*)===[+!]{0,2}\s+"(?P<label>[^"]+)"')
TF24_TAB, KERAS3_TAB = "TF 2.4", "Keras 3"
# The fence attribute that gives the Keras 3 tab its own highlighted lines.
KERAS3_HL = "keras3_hl_lines"
_ATTR = r'(?<![\w-])%s="(?P<value>[^"]*)"'
HL_ATTR = re.compile(_ATTR % "hl_lines")
KERAS3_HL_ATTR = re.compile(_ATTR % KERAS3_HL)
TITLE_ATTR = re.compile(_ATTR % "title")


@dataclass(frozen=True)
class Include:
    """One ``--8<--`` line: where it is and what it names.

    ``added_by_hook``: not written in the page, but the Keras 3 variant the
    build hook shows next to the include on that line."""

    page: Path
    line: int
    target: str
    added_by_hook: bool = False

    @property
    def file(self) -> str:
        """The snippet path, without a ``:section`` or ``:lines`` suffix."""
        return self.target.split(":", 1)[0]

    @property
    def section(self) -> str:
        return self.target.split(":", 1)[1] if ":" in self.target else ""


@dataclass(frozen=True)
class CodeBlock:
    """A fenced code block in a page: its language and body lines.

    ``line`` and ``end`` are the 1-based lines of its opening and closing
    fence (``end`` is past the page when the fence is never closed)."""

    page: Path
    line: int
    lang: str
    body: List[str]
    indent: str = ""
    info: str = ""
    end: int = 0


def _lang(info: str) -> str:
    """``python title="x"`` -> ``python``; ``{.python title="x"}`` too."""
    info = info.strip()
    if info.startswith("{"):
        match = re.search(r"\.([\w+-]+)", info)
        return match.group(1).lower() if match else ""
    return info.split(" ")[0].lstrip(".").split("{")[0].lower()


def fences(page: Path, lines: List[str]) -> Iterator[CodeBlock]:
    """The code blocks of one page's lines, outermost only: a fence shown
    inside a longer one (a Markdown example) is part of its body."""
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        fence, start = match.group("fence"), i
        body = []
        i += 1
        while i < len(lines) and lines[i].strip() != fence:
            body.append(lines[i])
            i += 1
        yield CodeBlock(page, start + 1, _lang(match.group("info")), body,
                        match.group("indent"), match.group("info").strip(), i + 1)
        i += 1


def _pages(docs: Path) -> Iterator[Tuple[Path, List[str]]]:
    for page in sorted(docs.rglob("*.md")):
        yield page, page.read_text(encoding="utf-8").splitlines()


def code_blocks(docs: Path) -> Iterator[CodeBlock]:
    """Every fenced code block of every page under ``docs``."""
    for page, lines in _pages(docs):
        yield from fences(page, lines)


def _has_variant_in(root: Path) -> Callable[[str], bool]:
    return lambda name: Snippet(root, name).has_variant


def includes(docs: Path) -> Iterator[Include]:
    """Every include of every page under ``docs``, in page order: the lines
    written, each followed by the variant the hook adds to it, if any."""
    has_variant = _has_variant_in(docs.parent)
    for page, lines in _pages(docs):
        tabbed = {_include_line(block) for block in keras3_fences(page, lines, has_variant)}
        for number, line in enumerate(lines, 1):
            match = INCLUDE.match(line)
            if match:
                yield Include(page, number, match.group("target"))
                if number in tabbed:
                    yield Include(page, number, _variant_target(match.group("target")), True)


def pages_by_snippet(docs: Path) -> Dict[str, List[str]]:
    """Map ``layers/lstm.py`` to the pages that include it (a variant to
    the pages that show it in a Keras 3 tab)."""
    found: Dict[str, List[str]] = {}
    for inc in includes(docs):
        pages = found.setdefault(inc.file, [])
        rel = str(inc.page.relative_to(docs.parent))
        if rel not in pages:
            pages.append(rel)
    return found


# ------------------------------------------------------------ Keras 3 tabs


def _single_include(block: CodeBlock) -> Optional[str]:
    """The target of a fence whose body is one include line and no more."""
    body = [line for line in block.body if line.strip()]
    if len(body) != 1:
        return None
    match = INCLUDE.match(body[0])
    return match.group("target") if match else None


def _include_line(block: CodeBlock) -> int:
    """The page line of the include in a fence of :func:`_single_include`."""
    offset = next(i for i, line in enumerate(block.body) if line.strip())
    return block.line + 1 + offset


def _variant_target(target: str) -> str:
    file, colon, rest = target.partition(":")
    return variant_of(file) + colon + rest


def keras3_fences(page: Path, lines: List[str], has_variant: Callable[[str], bool]) -> List[CodeBlock]:
    """The fences the hook turns into tabs: a Python fence holding only an
    include of a snippet that has a variant (``has_variant(name)``)."""
    found = []
    for block in fences(page, lines):
        target = _single_include(block)
        file = target.split(":")[0] if target else ""
        if block.lang in PYTHON_LANGS and file and not is_variant(file) and has_variant(file):
            found.append(block)
    return found


def _keras3_info(info: str, target: str) -> str:
    """The Keras 3 tab's fence info: the variant's title and its own
    highlighted lines."""
    file = target.split(":")[0]
    k3_hl = KERAS3_HL_ATTR.search(info)
    info = HL_ATTR.sub("", info)
    info = KERAS3_HL_ATTR.sub(lambda m: 'hl_lines="%s"' % m.group("value"), info) if k3_hl else info

    def retitle(match):
        title = match.group("value")
        if file in title:
            title = title.replace(file, variant_of(file))
        else:
            title = title.replace(Path(file).name, Path(variant_of(file)).name)
        return 'title="%s"' % title

    return re.sub(r"\s+", " ", TITLE_ATTR.sub(retitle, info)).strip()


def _tf24_info(info: str) -> str:
    return re.sub(r"\s+", " ", KERAS3_HL_ATTR.sub("", info)).strip()


def _fence_lines(block: CodeBlock, lines: List[str], info: str, target: str) -> List[str]:
    """The fence again, its opening line carrying ``info``, its include
    naming ``target``, indented one level deeper (inside a tab)."""
    opening = FENCE.match(lines[block.line - 1])
    out = [block.indent + opening.group("fence") + info]
    for line in lines[block.line : block.end - 1]:
        match = INCLUDE.match(line)
        if match:
            line = line[: match.start("target")] + target + line[match.end("target") :]
        out.append(line)
    if block.end <= len(lines):
        out.append(lines[block.end - 1])
    return [block.indent + "    " + _dedent(line, block.indent) if line.strip() else ""
            for line in out]


def _dedent(line: str, indent: str) -> str:
    return line[len(indent):] if line.startswith(indent) else line.lstrip()


def keras3_tabs(block: CodeBlock, lines: List[str]) -> List[str]:
    """The two linked tabs that replace one fence (see :func:`keras3_fences`).

    The ``TF 2.4`` tab holds the fence as written, minus ``keras3_hl_lines``;
    the ``Keras 3`` tab the same fence including the variant, titled with
    the variant's path, highlighting ``keras3_hl_lines`` (nothing without
    it). ``===!`` starts a tab set of its own even right after another."""
    target = _single_include(block)
    ind = block.indent
    return (
        [ind + '===! "%s"' % TF24_TAB, ""]
        + _fence_lines(block, lines, _tf24_info(block.info), target)
        + ["", ind + '=== "%s"' % KERAS3_TAB, ""]
        + _fence_lines(block, lines, _keras3_info(block.info, target), _variant_target(target))
    )


def with_keras3_tabs(markdown: str, has_variant: Callable[[str], bool]) -> str:
    """``markdown`` with each fence of :func:`keras3_fences` replaced by
    its :func:`keras3_tabs`; the hook runs it before pymdownx.snippets."""
    lines = markdown.splitlines()
    blocks = keras3_fences(Path(), lines, has_variant)
    for block in reversed(blocks):
        tabs = keras3_tabs(block, lines)
        start, end = block.line - 1, min(block.end, len(lines))
        # A tab set is a block of its own: blank lines around it.
        if start > 0 and lines[start - 1].strip():
            tabs = [""] + tabs
        if end < len(lines) and lines[end].strip():
            tabs = tabs + [""]
        lines[start:end] = tabs
    return "\n".join(lines) + ("\n" if markdown.endswith("\n") else "")


def _enclosing_tab(lines: List[str], index: int, indent: str) -> Optional[str]:
    """The label of the content tab that line ``index`` (indented by
    ``indent``) sits in, if any."""
    depth = len(indent)
    for line in reversed(lines[:index]):
        if not line.strip():
            continue
        own = len(line) - len(line.lstrip())
        if own >= depth:
            continue
        match = TAB.match(line)
        if match:
            return match.group("label")
        depth = own
        if depth == 0:
            return None
    return None


def tab_problems(page: str, lines: List[str], has_variant: Callable[[str], bool]) -> List[str]:
    """What keeps the hook from showing a page's Keras 3 variants, one
    ``page:LINE: what to do`` message each: a variant included by hand, a
    snippet with a variant whose include the hook cannot turn into tabs,
    such an include inside hand-written tabs, and ``keras3_hl_lines`` on
    a fence without a variant."""
    problems = []
    tabbed = keras3_fences(Path(page), lines, has_variant)
    tabbed_includes = {_include_line(block) for block in tabbed}
    tabbed_fences = {block.line for block in tabbed}
    for block in tabbed:
        label = _enclosing_tab(lines, block.line - 1, block.indent)
        if label in (TF24_TAB, KERAS3_TAB):
            problems.append(
                '%s:%d: %s sits in a hand-written === "%s" tab; remove the '
                "tabs around it, the hook adds both" % (page, block.line, _single_include(block), label))
    for number, line in enumerate(lines, 1):
        match = INCLUDE.match(line)
        if not match:
            continue
        file = match.group("target").split(":")[0]
        if is_variant(file):
            problems.append(
                "%s:%d: include %s only; the hook adds the Keras 3 tab with %s"
                % (page, number, base_of(file), file))
        elif file.endswith(".py") and has_variant(file) and number not in tabbed_includes:
            problems.append(
                "%s:%d: %s has a Keras 3 variant; include it alone in a ```python "
                "fence so the hook can add the Keras 3 tab" % (page, number, file))
    for block in fences(Path(page), lines):
        if KERAS3_HL_ATTR.search(block.info) and block.line not in tabbed_fences:
            problems.append(
                "%s:%d: %s on a fence without a Keras 3 variant to highlight; "
                "remove it" % (page, block.line, KERAS3_HL))
    return sorted(problems, key=_line_of)


def _line_of(message: str) -> int:
    return int(message.split(":", 2)[1])


# ------------------------------------------------------ Python typed inline

# Statements only code has: printed output and shell lines do not parse, or
# parse as a bare expression such as ``[1, 2]``.
_CODE = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef,
         ast.ClassDef, ast.Assign, ast.AugAssign, ast.AnnAssign)


def looks_like_python(body: List[str]) -> bool:
    """Whether a code block's lines are Python: they parse, and hold an
    import, a ``def``, a ``class``, an assignment or a call statement."""
    text = textwrap.dedent("\n".join(body))
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return False
    return any(
        isinstance(node, _CODE) or (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call))
        for node in ast.walk(tree)
    )


# ------------------------------------------------------------ figures


def snippet_fences(lines: List[str]) -> List[Tuple[CodeBlock, str]]:
    """Each Python fence holding one include, with the snippet it names
    (``layers/lstm/weights.py``), in page order."""
    found = []
    for block in fences(Path(), lines):
        target = _single_include(block)
        if block.lang in PYTHON_LANGS and target:
            found.append((block, target.split(":")[0]))
    return found


def with_figures(markdown: str, page_src: str, figures_of: Callable[[str], List[Tuple[str, str]]]) -> str:
    """``markdown`` with the figures of each included snippet right under
    its fence, at the fence's indentation (so inside its tab).

    ``figures_of(name)`` gives ``[(light path relative to docs/, alt)]``;
    each figure is shown twice, for material's light and dark palettes
    (``#only-light``, ``#only-dark``), loaded lazily so that the hidden
    one costs nothing."""
    lines = markdown.splitlines()
    page_dir = posixpath.dirname(page_src) or "."
    for block, name in reversed(snippet_fences(lines)):
        shown = figures_of(name)
        if not shown:
            continue
        images = [""]
        for light, alt in shown:
            dark = light[: -len(".svg")] + "-dark.svg"
            text = alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
            images += [
                block.indent + "![%s](%s#only-light){ loading=lazy }" % (text, posixpath.relpath(light, page_dir)),
                block.indent + "![%s](%s#only-dark){ loading=lazy }" % (text, posixpath.relpath(dark, page_dir)),
                "",
            ]
        end = min(block.end, len(lines))
        lines[end:end] = images
    return "\n".join(lines) + ("\n" if markdown.endswith("\n") else "")
