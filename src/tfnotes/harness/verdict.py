"""Judging one worker reply: what a snippet printed, raised, drew and left
behind, turned into a typed :class:`Verdict`.

Every function here is pure: the caller passes the reply (the worker's
JSON, :mod:`tfnotes.harness.worker`), the source the snippet ran from and
what the project holds for it (:class:`Subject`, read by
:mod:`tfnotes.harness.committed`), so each rule is unit-tested on
hand-made replies without starting a worker.
"""

import enum
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from tfnotes.harness import figures, outputs
from tfnotes.harness.state import HOW_TO_RESTORE
from tfnotes.snippet import Snippet

Reply = Dict[str, Any]  # the worker's answer to one run request


class Kind(enum.Enum):
    """What a verdict says about a run."""

    PASSED = "passed"
    ERROR = "raised an error it does not declare"
    DECLARED = "did not raise what it declares"
    STALE = "printed or drew something else than the committed files"
    FIGURE_PROBLEM = "drew a figure the site cannot show"
    LEAKED = "left process state changed"
    DIED = "ended, crashed or hung its worker"


@dataclass(frozen=True)
class Verdict:
    """A run's verdict; ``message`` names file and line when it failed."""

    kind: Kind
    message: str = ""

    @property
    def passed(self) -> bool:
        return self.kind is Kind.PASSED


PASSED = Verdict(Kind.PASSED)


@dataclass(frozen=True)
class CommittedFigure:
    """One committed figure: its light file (path relative to the project,
    and text) and the text of its dark twin (None when missing)."""

    path: str
    light: str
    dark: Optional[str]


@dataclass(frozen=True)
class Subject:
    """The snippet judged and what a verdict on it compares against."""

    snippet: Snippet
    version: str  # the TensorFlow it ran on
    # Whether its committed outputs are this world's: not for a base
    # snippet run on Keras 3, which must print what it prints on TF 2.4.
    updatable: bool
    pages: Tuple[str, ...]  # the pages that show it
    figures: Tuple[CommittedFigure, ...]

    @property
    def display(self) -> str:
        return self.snippet.display


def expected(source: str, reply: Reply) -> str:
    """The source with the ``#>`` comments of what this run printed (an
    error's text goes under the line that raised it)."""
    written = {int(k): v for k, v in reply["written"].items()}
    error = reply["error"]
    if error is not None:
        line = error["line"] or 1
        written[line] = written.get(line, "") + error["text"] + "\n"
    written.pop(0, None)
    return outputs.render(source, written)


def first_difference(source: str, reply: Reply) -> int:
    """The first line of ``source`` that this run's output changes."""
    return outputs.first_difference(source, expected(source, reply))


def figure_hashes(reply: Reply) -> List[str]:
    """The plotted-data hashes of the figures a run drew."""
    return [f["data_hash"] for f in reply.get("figures") or []]


def left_state_changed(reply: Reply) -> bool:
    return bool(reply["flipped"] or reply["changed"])


def judge(subject: Subject, source: str, reply: Reply) -> Verdict:
    """The verdict on one run: its error and outputs first, then its
    figures."""
    found = judge_outputs(subject, source, reply)
    return found if not found.passed else judge_figures(subject, reply)


def judge_outputs(subject: Subject, source: str, reply: Reply) -> Verdict:
    """Whether it raised what it declares (or nothing) and printed what
    its ``#>`` comments say."""
    display = subject.display
    declared = subject.snippet.declared_error(source)
    error = reply["error"]
    if declared is None and error is not None:
        return Verdict(Kind.ERROR, "%s:%s: raised %s\n%s" % (
            display, error["line"] or 1, error["text"], error["traceback"]))
    if declared is not None and error is None:
        return Verdict(Kind.DECLARED, (
            "%s:%d: declares '# Raises %s on purpose' but finished "
            "without raising" % (display, declared.line, declared.name)))
    if declared is not None and declared.name not in error["mro"]:
        return Verdict(Kind.DECLARED, "%s:%s: declares %s on purpose but raised %s\n%s" % (
            display, error["line"] or 1, declared.name, error["text"],
            error["traceback"]))
    printed = expected(source, reply)
    if printed == source:
        return PASSED
    line = outputs.first_difference(source, printed)
    if not subject.updatable:
        return Verdict(Kind.STALE, (
            "%s:%d: prints something else on TensorFlow %s than on TF "
            "2.4; write a Keras 3 variant %s beside it (the page keeps "
            "including the base only; the build adds the Keras 3 tab)\n%s"
            % (display, line, subject.version, subject.snippet.variant.display,
               outputs.diff(display, source, printed))))
    return Verdict(Kind.STALE, (
        "%s:%d: stale output: the #> comments differ from what the "
        "snippet printed on TensorFlow %s; run './tfn update %s' to "
        "rewrite them\n%s"
        % (display, line, subject.version, display,
           outputs.diff(display, source, printed))))


def _same_figure(subject: Subject, committed: CommittedFigure, drawn: Dict[str, Any]) -> bool:
    if not subject.updatable:
        # A base snippet on Keras 3 keeps TF 2.4's drawing: its data counts.
        return figures.committed_hash(committed.light) == drawn["data_hash"]
    if drawn["svg"] is None:  # the worker found its sealed drawing
        return True
    # The drawing is compared, not its seal.
    return (figures.unsealed(committed.light) == figures.in_palette(drawn["svg"], "light")
            and committed.dark is not None
            and figures.unsealed(committed.dark) == figures.in_palette(drawn["svg"], "dark"))


def _figure_difference(subject: Subject, drawn: List[Dict[str, Any]]) -> Optional[str]:
    committed = subject.figures
    if len(committed) != len(drawn):
        return "draws %d figure(s), %s holds %d" % (len(drawn), "docs/figures/", len(committed))
    for number, (held, fig) in enumerate(zip(committed, drawn), start=1):
        if not _same_figure(subject, held, fig):
            return "figure %d differs from %s" % (number, held.path)
    return None


def judge_figures(subject: Subject, reply: Reply) -> Verdict:
    """Whether the figures it drew can be shown and match the committed
    ones."""
    display = subject.display
    drawn = reply.get("figures") or []
    for number, fig in enumerate(drawn, start=1):
        if fig["problems"]:
            return Verdict(Kind.FIGURE_PROBLEM, "%s:1: figure %d %s" % (
                display, number, "; ".join(fig["problems"])))
    problem = _figure_difference(subject, drawn)
    if problem is None:
        return PASSED
    pages = ", ".join(subject.pages) or "no page"
    if not subject.updatable:
        return Verdict(Kind.STALE, (
            "%s:1: draws something else on TensorFlow %s than on TF 2.4 "
            "(%s, shown on %s); write a Keras 3 variant %s beside it"
            % (display, subject.version, problem, pages, subject.snippet.variant.display)))
    return Verdict(Kind.STALE, (
        "%s:1: stale figure: the snippet %s (shown on %s): its plotted data "
        "or drawing changed; run './tfn update %s' to redraw it"
        % (display, problem, pages, display)))


def leak(display: str, reply: Reply) -> Verdict:
    """Whether the run left process state changed, and how to restore
    each kind of state it changed."""
    if not left_state_changed(reply):
        return PASSED
    lines = []
    for name, old, new, line in reply["flipped"]:
        lines.append(
            "%s:%s: left the global setting %s changed (%s -> %s); "
            "restore it before the snippet ends, or later code inherits it"
            % (display, line or 1, name, old, new))
    kinds = []
    for kind, text in reply["changed"]:
        if kind.startswith("switch:") and reply["flipped"]:
            continue
        lines.append("%s:1: left process state changed: %s" % (display, text))
        if kind not in kinds:
            kinds.append(kind)
    hints = [HOW_TO_RESTORE[k] for k in kinds if k in HOW_TO_RESTORE]
    if hints:
        lines.append("fix: " + "; ".join(hints) + " (a later snippet would "
                     "see the change; the worker was replaced)")
    return Verdict(Kind.LEAKED, "\n".join(lines))
