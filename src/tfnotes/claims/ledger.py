"""Load and check the claims ledgers under ``data/claims/``.

Each ledger is a YAML list of entries::

    - claim: "exact text of the page (line breaks count as spaces)"
      backed_by: snippets/model/fit/shuffle_cases.py  # or "data: <file> <what>", or a URL
      assert: "text inside an assert statement of that snippet"
      versions: tf24      # optional: the claim is about TF 2.4 only
      rewritten: "the sentence before the audit"      # optional

A snippet-backed claim's ``assert`` text must lie inside an ``assert``
statement of the snippet, and of its Keras 3 variant too unless
``versions: tf24`` (the variant backs the *Keras 3* tab); the snippet
must be included on the page. A cited claim's URL must be on the page.
A claim about packaging (``data: data/history/packaging.json NAME...``)
shows each fact it names by its marker (``<!-- packaging: NAME -->``,
:mod:`tfnotes.site.facts`) instead of typing it, and names every marker
it has; each name is a fact of :mod:`tfnotes.history.packaging_facts`,
and every marker on a page lies in some claim of its ledger.
Every problem names the ledger file, the entry's line and the claim.
PyYAML only (a dependency of mkdocs).
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Tuple

import yaml

from tfnotes.claims import asserts
from tfnotes.claims.asserts import SNIPPETS
from tfnotes.history.packaging_data import FILE as PACKAGING
from tfnotes.history.packaging_facts import FACTS
from tfnotes.site.facts import names as fact_markers
from tfnotes.site.facts import positions as fact_markers_at

KEYS = {"claim", "backed_by", "assert", "versions", "rewritten"}
VERSIONS = {"tf24", "keras3", "both"}
DATA = "data:"
URL = re.compile(r"https?://\S+$")


@dataclass(frozen=True)
class Claim:
    """One entry of a ledger; ``line`` is its line in the ledger file."""

    ledger: Path
    line: int
    page: Path
    text: str
    backed_by: str
    assertion: str = ""
    versions: str = "both"
    rewritten: str = ""

    @property
    def kind(self) -> str:
        """``asserted``, ``data`` or ``cited`` (``unknown`` otherwise)."""
        if self.backed_by.startswith(SNIPPETS):
            return "asserted"
        if self.backed_by.startswith(DATA):
            return "data"
        if URL.match(self.backed_by):
            return "cited"
        return "unknown"

    def where(self, root: Path) -> str:
        return "%s:%d: claim %r" % (
            self.ledger.relative_to(root),
            self.line,
            _short(self.text),
        )


class LedgerError(ValueError):
    """A ledger that cannot be read as a list of entries."""


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def words_pattern(text: str) -> "re.Pattern[str]":
    """``text`` with each run of whitespace matching any run (a claim may
    span the page's line breaks)."""
    return re.compile(
        r"\s+".join(re.escape(word) for word in text.split())
    )


def line_on_page(claim: Claim) -> Optional[int]:
    """The page line where the claim starts, or None if it is not there."""
    source = claim.page.read_text(encoding="utf-8")
    match = words_pattern(claim.text).search(source)
    return source.count("\n", 0, match.start()) + 1 if match else None


def ledger_files(root: Path) -> List[Path]:
    return sorted((root / "data" / "claims").rglob("*.yml"))


def page_of(ledger: Path, root: Path) -> Path:
    """``data/claims/model/fit.yml`` -> ``docs/model/fit.md``."""
    rel = ledger.relative_to(root / "data" / "claims").with_suffix(
        ".md"
    )
    return root / "docs" / rel


def load(ledger: Path, root: Path) -> List[Claim]:
    """The entries of one ledger; :class:`LedgerError` naming the file and
    line when it is not a list of mappings of known keys."""
    name = ledger.relative_to(root)
    try:
        # libyaml's parser where PyYAML has it: the same nodes and marks,
        # several times faster (every build reads every ledger).
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(
            ledger.read_text(encoding="utf-8")
        )
        try:
            node = loader.get_single_node()
            data = (
                loader.construct_document(node)
                if node is not None
                else []
            )
        finally:
            loader.dispose()
    except yaml.YAMLError as error:
        raise LedgerError(
            "%s: not valid YAML: %s" % (name, error)
        ) from None
    if not isinstance(data, list):
        raise LedgerError(
            "%s: a ledger is a list of entries (- claim: ...)" % name
        )
    claims = []
    for item, entry in zip(node.value, data):
        line = item.start_mark.line + 1
        if not isinstance(entry, dict):
            raise LedgerError(
                "%s:%d: an entry is a mapping with claim: and backed_by:"
                % (name, line)
            )
        unknown = sorted(set(entry) - KEYS)
        missing = sorted({"claim", "backed_by"} - set(entry))
        if unknown or missing:
            raise LedgerError(
                "%s:%d: %s (keys: %s)"
                % (
                    name,
                    line,
                    "; ".join(
                        ["unknown key %r" % k for k in unknown]
                        + ["missing key %r" % k for k in missing]
                    ),
                    ", ".join(sorted(KEYS)),
                )
            )
        bad = [
            k
            for k, v in entry.items()
            if not isinstance(v, str) or not v.strip()
        ]
        if bad:
            raise LedgerError(
                "%s:%d: %s must be non-empty text"
                % (name, line, bad[0])
            )
        claims.append(
            Claim(
                ledger,
                line,
                page_of(ledger, root),
                entry["claim"],
                entry["backed_by"].strip(),
                entry.get("assert", ""),
                entry.get("versions", "both"),
                entry.get("rewritten", ""),
            )
        )
    return claims


def _data_problems(claim: Claim, root: Path) -> List[str]:
    """``data: <file> <what>``: the file of the project that holds the
    library fact (``data/api/tf24.json``, a page's argument table)."""
    named = claim.backed_by[len(DATA) :].split()
    if not named:
        return ["backed_by: 'data:' names the file holding the fact"]
    if not (root / named[0]).exists():
        return [
            "backed_by: %s does not exist (data: <file> <what>)"
            % named[0]
        ]
    return (
        _packaging_problems(claim, named)
        if named[0] == PACKAGING
        else []
    )


def _packaging_problems(claim: Claim, named: List[str]) -> List[str]:
    """A packaging claim shows its facts by marker, names each marker's
    fact, and names facts that exist."""
    given = [w.strip(",;") for w in named[1:]]
    shown = fact_markers(claim.text)
    problems = [
        "%r is no fact of %s (known: %s)"
        % (name, PACKAGING, ", ".join(sorted(FACTS)))
        for name in given
        if name not in FACTS
    ]
    if not shown:
        problems.append(
            "a claim backed by %s shows its facts with "
            "<!-- packaging: NAME --> markers, not typed" % PACKAGING
        )
    problems += [
        "backed_by does not name %r, the fact of its marker" % name
        for name in shown
        if name not in given
    ]
    return problems


def problems_of(claim: Claim, root: Path) -> List[str]:
    """What is wrong with one entry (empty when it holds)."""
    if not claim.page.exists():
        return [
            "%s has no page: %s does not exist"
            % (
                claim.ledger.relative_to(root),
                claim.page.relative_to(root),
            )
        ]
    problems = [
        "shows the packaging fact %r, so it is backed_by: "
        "'data: %s %s'" % (name, PACKAGING, name)
        for name in fact_markers(claim.text)
        if not claim.backed_by.startswith(DATA)
        or claim.backed_by[len(DATA) :].split()[:1] != [PACKAGING]
    ]
    if line_on_page(claim) is None:
        problems.append(
            "not on %s any more (give the page's exact words)"
            % claim.page.relative_to(root)
        )
    if claim.versions not in VERSIONS:
        problems.append(
            "versions: %r is not one of %s"
            % (claim.versions, sorted(VERSIONS))
        )
    if claim.rewritten and " ".join(
        claim.rewritten.split()
    ) == " ".join(claim.text.split()):
        problems.append(
            "rewritten: is the sentence before the audit, not the claim itself"
        )
    kind = claim.kind
    if kind == "asserted":
        problems += asserts.problems(claim, root)
    elif kind == "cited":
        if claim.backed_by not in claim.page.read_text(
            encoding="utf-8"
        ):
            problems.append(
                "cites %s, which the page does not show next to it"
                % claim.backed_by
            )
    elif kind == "data":
        problems += _data_problems(claim, root)
    else:
        problems.append(
            "backed_by: %r is none of snippets/<path>.py, 'data: <what>', "
            "a URL" % claim.backed_by
        )
    if claim.assertion and kind != "asserted":
        problems.append(
            "assert: belongs to a snippet-backed claim only"
        )
    return problems


def check(root: Path) -> Tuple[List[Claim], List[str]]:
    """Every claim under ``root/data/claims`` and every problem, each line
    naming the ledger file, the entry's line and the claim."""
    claims, problems = [], []
    for ledger in ledger_files(root):
        try:
            loaded = load(ledger, root)
        except LedgerError as error:
            problems.append(str(error))
            continue
        claims += loaded
        for claim in loaded:
            problems += [
                "%s: %s" % (claim.where(root), p)
                for p in problems_of(claim, root)
            ]
    return claims, problems + unclaimed_facts(root, claims)


def unclaimed_facts(root: Path, claims: List[Claim]) -> List[str]:
    """Each packaging marker on a page that no claim of its ledger
    spans: a release fact the page shows but no ledger backs."""
    problems = []
    for page in sorted((root / "docs").rglob("*.md")):
        source = page.read_text(encoding="utf-8")
        spans = [
            m.span()
            for c in claims
            if c.page == page
            for m in words_pattern(c.text).finditer(source)
        ]
        problems += [
            "%s:%d: the packaging fact %r is in no claim of %s"
            % (
                page.relative_to(root),
                source.count("\n", 0, start) + 1,
                name,
                ledger_of(page, root).relative_to(root),
            )
            for start, name in fact_markers_at(source)
            if not any(a <= start < b for a, b in spans)
        ]
    return problems


def ledger_of(page: Path, root: Path) -> Path:
    """``docs/model/fit.md`` -> ``data/claims/model/fit.yml``."""
    rel = page.relative_to(root / "docs").with_suffix(".yml")
    return root / "data" / "claims" / rel
