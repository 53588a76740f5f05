"""A snippet-backed claim of a ledger (:mod:`tfnotes.claims.ledger`):
its ``assert`` text is a whole part of an ``assert`` statement of the
snippet, and of its Keras 3 variant too unless ``versions: tf24``, and
the page includes the snippet or links to a page that does.
"""

import ast
import functools
import re
from pathlib import Path
from typing import List, Tuple

from tfnotes.snippet import base_of, is_variant, variant_of

SNIPPETS = "snippets/"
INCLUDE = re.compile(r'--8<--\s+"(?P<file>[^":]+)')
LINK = re.compile(r"\]\((?P<page>[^)#\s]+\.md)")


# A snippet backs many claims: parsed once per build, not once per claim
# (the build checks every ledger).
@functools.lru_cache(maxsize=None)
def assert_texts(source: str) -> Tuple[str, ...]:
    """The source of every ``assert`` statement, whitespace collapsed."""
    tree = ast.parse(source)
    return tuple(
        " ".join(ast.get_source_segment(source, node).split())
        for node in ast.walk(tree)
        if isinstance(node, ast.Assert)
    )


def contains(assertion: str, wanted: str) -> bool:
    """Whether ``wanted`` is a whole part of the assert's text: not the
    start of a longer name or number (``steps == 0`` is not in
    ``steps == 00``, so changing the assert's value breaks the claim)."""
    start = r"(?<!\w)" if re.match(r"\w", wanted) else ""
    end = r"(?!\w)" if re.search(r"\w$", wanted) else ""
    pattern = start + re.escape(wanted) + end
    return re.search(pattern, assertion) is not None


def _included(page: Path, name: str) -> bool:
    text = page.read_text(encoding="utf-8") if page.is_file() else ""
    return name in {m.group("file") for m in INCLUDE.finditer(text)}


def _shown(page: Path, name: str) -> bool:
    """Whether the page includes the snippet, or links to a page that
    does (a sentence that sends the reader to the proof)."""
    if _included(page, name):
        return True
    text = page.read_text(encoding="utf-8")
    return any(
        _included(page.parent / m.group("page"), name)
        for m in LINK.finditer(text)
    )


def problems(claim, root: Path) -> List[str]:
    """What is wrong with a snippet-backed claim (a
    :class:`tfnotes.claims.ledger.Claim`): its assert text missing from
    the snippet or its Keras 3 variant, the snippet not shown."""
    if not claim.assertion:
        return [
            "a snippet-backed claim names the text of its assert (assert:)"
        ]
    name = claim.backed_by[len(SNIPPETS) :]
    problems = []
    if not _shown(claim.page, base_of(name)):
        problems.append(
            "%s is not included on %s, nor on a page it links to"
            % (claim.backed_by, claim.page.relative_to(root))
        )
    files = [name]
    if claim.versions == "keras3":
        # a claim about Keras 3 only: its variant backs the Keras 3 tab
        files = [variant_of(name)]
    elif (
        claim.versions == "both"
        and not is_variant(name)
        and (root / SNIPPETS / variant_of(name)).exists()
    ):
        files.append(variant_of(name))
    wanted = " ".join(claim.assertion.split())
    for file in files:
        path = root / SNIPPETS / file
        if not path.is_file():
            problems.append("%s%s is not a file" % (SNIPPETS, file))
            continue
        try:
            texts = assert_texts(path.read_text(encoding="utf-8"))
        except SyntaxError as error:
            problems.append("%s%s: %s" % (SNIPPETS, file, error))
            continue
        if not any(contains(text, wanted) for text in texts):
            problems.append(
                "no assert statement of %s%s contains %r"
                % (SNIPPETS, file, wanted)
            )
    return problems
