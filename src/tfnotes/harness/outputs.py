"""Printed output as ``#>`` comments under the statement that printed it.

The convention is Pydantic's: a snippet shows what it prints right below
the line that printed it::

    print(tf.constant([1, 2]).numpy())
    #> [1 2]

The harness records what each statement wrote, :func:`render` puts it back
into the source, and a snippet is up to date when rendering reproduces the
file exactly.
"""

import ast
import difflib
import io
import textwrap
import tokenize
from typing import Dict, List, Set

PREFIX = "#>"
# The same as ruff's line-length in pyproject.toml (a site test checks):
# longer output lines are wrapped so a page never scrolls sideways.
WIDTH = 72


def output_lines(source: str) -> Set[int]:
    """Line numbers (1-based) that hold nothing but a ``#>`` comment."""
    lines = set()
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    for tok in tokens:
        if tok.type == tokenize.COMMENT and tok.string.startswith(PREFIX):
            if not tok.line[: tok.start[1]].strip():
                lines.add(tok.start[0])
    return lines


def strip(source: str) -> str:
    """The source without its ``#>`` lines."""
    drop = output_lines(source)
    kept = [
        line
        for number, line in enumerate(source.splitlines(True), start=1)
        if number not in drop
    ]
    return "".join(kept)


def statement_end(tree: ast.AST, line: int) -> int:
    """The last line of the innermost simple statement that covers ``line``.

    Output goes after the whole statement, so that a ``print(...)`` spread
    over several lines keeps its ``#>`` lines below the closing bracket.
    Compound statements (``for``, ``with``, ``def``) are looked into, so a
    ``print`` in a loop body gets its output inside the loop, indented.
    """
    best = None
    for node in ast.walk(tree):
        if not isinstance(node, ast.stmt):
            continue
        if isinstance(node, (ast.For, ast.While, ast.If, ast.With, ast.Try,
                             ast.FunctionDef, ast.ClassDef, ast.AsyncFor,
                             ast.AsyncWith, ast.AsyncFunctionDef)):
            # A compound statement counts only at its header line.
            if node.lineno != line or node.body[0].lineno == line:
                continue
            end = node.lineno
        else:
            end = node.end_lineno
        if node.lineno <= line <= end:
            if best is None or node.lineno >= best[0]:
                best = (node.lineno, end)
    return best[1] if best else line


def render(source: str, written: Dict[int, str]) -> str:
    """Rebuild ``source`` with ``written`` (line -> text) as ``#>`` lines."""
    tree = ast.parse(source)
    by_end: Dict[int, List[str]] = {}
    for line in sorted(written):
        by_end.setdefault(statement_end(tree, line), []).append(written[line])
    drop = output_lines(source)
    out = []
    for number, line in enumerate(source.splitlines(True), start=1):
        if number in drop:
            continue
        out.append(line)
        if number in by_end:
            if not line.endswith("\n"):
                out[-1] = line + "\n"
            indent = line[: len(line) - len(line.lstrip())]
            # The indent of the statement's first line, not of a
            # continuation line.
            first = _first_line_indent(source, tree, number)
            indent = first if first is not None else indent
            text = "".join(by_end[number])
            for shown in _wrap(text, WIDTH - len(indent) - len(PREFIX) - 1):
                out.append(indent + (PREFIX + " " + shown).rstrip() + "\n")
    return "".join(out)


def _wrap(text: str, width: int) -> List[str]:
    shown = []
    for line in text.rstrip("\n").split("\n"):
        line = line.rstrip()
        if len(line) <= width:
            shown.append(line)
            continue
        lead = line[: len(line) - len(line.lstrip())]
        shown += textwrap.wrap(
            line, width, initial_indent="", subsequent_indent=lead,
            break_long_words=False, break_on_hyphens=False,
        )
    return shown


def _first_line_indent(source: str, tree: ast.AST, end: int):
    """The indent of the innermost statement that ends on line ``end``: a
    loop whose last statement is a ``print`` ends on that line too, and
    the output belongs to the ``print``, inside the loop."""
    lines = source.splitlines()
    best = None
    for node in ast.walk(tree):  # breadth first: deeper nodes come later
        if isinstance(node, ast.stmt) and getattr(node, "end_lineno", None) == end:
            if best is None or node.lineno >= best.lineno:
                best = node
    if best is None:
        return None
    first = lines[best.lineno - 1]
    return first[: len(first) - len(first.lstrip())]


def diff(path: str, old: str, new: str) -> str:
    """A unified diff from the file on disk to what the run printed."""
    return "".join(
        difflib.unified_diff(
            old.splitlines(True),
            new.splitlines(True),
            fromfile=path + " (on disk)",
            tofile=path + " (from this run)",
        )
    )


def first_difference(old: str, new: str) -> int:
    """The 1-based line of ``old`` where ``new`` first differs."""
    for number, (a, b) in enumerate(zip(old.splitlines(), new.splitlines()), 1):
        if a != b:
            return number
    return min(len(old.splitlines()), len(new.splitlines())) + 1
