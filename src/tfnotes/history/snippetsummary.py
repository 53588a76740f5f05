"""The one line under a snippet saying how it fares across releases,
from its stored outcomes (:mod:`tfnotes.history.snippetstore`):

    Runs unchanged on TF 2.4–2.15.
    Same outputs on TF 2.4–2.8; output differs on 2.9–2.15 (from 2.9,
    line 17: ``#> a`` becomes ``#> b``); breaks on 2.11 (AttributeError: ...).

Consecutive releases with the same outcome make a span; the kinds come
in the order they first happen; a differing or breaking kind tells what
happened in its first release. A line is a list of segments
``(text, is_code)``, so the page can set code in ``<code>`` and the tests
read it as text. Pure, standard library only.
"""

from typing import Dict, List, Optional, Sequence, Tuple

Segment = Tuple[str, bool]
Outcome = Dict[str, object]
# Series by the major version of the release name (tfnotes.history.runs).
LABELS = {"2": "TF", "3": "Keras"}
DASH = "\u2013"


def spans(names: Sequence[str], kinds: Sequence[Optional[str]]) -> Dict[str, List[Tuple[str, str]]]:
    """``{kind: [(first, last)]}`` of consecutive releases with the same
    kind, the kinds in the order they first happen."""
    out: Dict[str, List[Tuple[str, str]]] = {}
    previous: object = spans  # no kind yet (None is one: not run)
    for name, kind in zip(names, kinds):
        if kind == previous:
            first, _ = out[kind][-1]
            out[kind][-1] = (first, name)
        else:
            out.setdefault(kind, []).append((name, name))
        previous = kind
    return out


def _span_text(found: List[Tuple[str, str]]) -> str:
    return ", ".join(a if a == b else a + DASH + b for a, b in found)


def _detail(kind: str, first: str, outcome: Outcome) -> List[Segment]:
    if kind == "differs":
        return [(" (from %s, line %s: " % (first, outcome["line"]), False), (str(outcome["was"]), True),
                (" becomes ", False), (str(outcome["now"]), True), (")", False)]
    return [(" (from %s, line %s: " % (first, outcome["line"]), False), (str(outcome["error"]), True),
            (")", False)]


HOW = {"same": "same outputs on ", "differs": "output differs on ", "breaks": "breaks on ",
       None: "not run on "}


def line(names: Sequence[str], found: Sequence[Optional[Outcome]]) -> List[Segment]:
    """The sentence for one series of releases (``names``, in order, all
    of one major version), ``found[i]`` the outcome on ``names[i]``
    (None: not run there)."""
    if not names:
        return []
    label = LABELS.get(names[0].split(".")[0], "")
    kinds = [o["outcome"] if o else None for o in found]
    grouped = spans(names, kinds)
    if list(grouped) == ["same"]:
        return [("Runs unchanged on %s %s." % (label, _span_text(grouped["same"])), False)]
    out: List[Segment] = []
    for number, (kind, where) in enumerate(grouped.items()):
        how = HOW[kind]
        text = (how[0].upper() + how[1:] + label + " ") if number == 0 else "; " + how
        out.append((text + _span_text(where), False))
        if kind in ("differs", "breaks"):
            first = where[0][0]
            out += _detail(kind, first, found[list(names).index(first)])
    out.append((".", False))
    return out


def as_text(segments: Sequence[Segment]) -> str:
    return "".join(text for text, _ in segments)
