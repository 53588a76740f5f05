"""The Contributing page's table of the claims ledgers: per page, how
many claims are asserted by a snippet, backed by library data or cited,
and the lines of the sentences the audit rewrote."""

from collections import defaultdict
from pathlib import Path
from typing import Dict, List

from tfnotes.claims.ledger import Claim, line_on_page

MARKER = "<!-- claims: summary -->"
HEADER = (
    "| page | claims | asserted | data | cited | rewritten by the audit (lines) |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
)


def _row(page: str, claims: List[Claim]) -> str:
    count = defaultdict(int)
    for claim in claims:
        count[claim.kind] += 1
    lines = sorted(
        filter(None, (line_on_page(c) for c in claims if c.rewritten))
    )
    rewritten = ", ".join(str(n) for n in lines) or "none"
    return "| [%s](%s) | %d | %d | %d | %d | %s |\n" % (
        page,
        page,
        len(claims),
        count["asserted"],
        count["data"],
        count["cited"],
        rewritten,
    )


def table(claims: List[Claim], root: Path) -> str:
    """A Markdown table, one row per page with a ledger, in page order;
    links are relative to the docs folder."""
    by_page: Dict[str, List[Claim]] = defaultdict(list)
    for claim in claims:
        by_page[str(claim.page.relative_to(root / "docs"))].append(
            claim
        )
    if not by_page:
        return "No page has a claims ledger yet.\n"
    return HEADER + "".join(
        _row(page, by_page[page]) for page in sorted(by_page)
    )
