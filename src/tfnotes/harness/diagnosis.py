"""Why a snippet failed: its own fault, the random seed, or state an
earlier snippet leaked.

A failing snippet is rerun alone in a fresh worker with the seed it
failed with. Failing there too, it is its own fault, unless another seed
then passes (it depends on the seed). Passing there, an earlier snippet
left something behind: bisecting the snippets that ran before it, as
detect-test-pollution does, names the one. Reruns go through a
:class:`Runner`, so every path is unit-tested with a fake one; the
plugin's runner uses fresh workers of the session's supervisor.
"""

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Protocol, Sequence, Tuple

from tfnotes import snippet as snippet_model
from tfnotes.harness import outputs
from tfnotes.harness.verdict import (
    Reply,
    Verdict,
    expected,
    figure_hashes,
    first_difference,
)

SEED_ADVICE = (
    "seed numpy / tensorflow / random at the top (np.random.seed(0), "
    "tf.random.set_seed(0), random.seed(0); on Keras 3 "
    "tf.keras.utils.set_random_seed(0))"
)
RANDOM_HINT = "prints something different with another random seed: " + SEED_ADVICE


class Runner(Protocol):
    """Reruns of the snippet being diagnosed."""

    def again(self) -> Reply:
        """Its reply to one more run in the shared worker, seeded with
        the next seed of the run."""

    def after(self, before: Sequence[str], seed: Optional[int],
              then_another_seed: bool = False) -> Tuple[Verdict, Optional[Verdict]]:
        """Its verdict when run in a fresh worker after the snippets at
        the paths ``before``, seeded with ``seed``; with
        ``then_another_seed``, when it failed, the verdict of one more run
        seeded afresh (None if it passed, was not asked for, or the worker
        died)."""


class Cause(enum.Enum):
    OWN = "fails alone too"
    SEED = "fails with some seeds"
    UNSTEADY = "passes alone with the same seed, nothing ran before"
    LEAKED = "an earlier snippet leaked state"
    ORDER = "fails only after other snippets, none alone"


@dataclass(frozen=True)
class Diagnosis:
    """The cause of a failure and the message that reports it."""

    cause: Cause
    message: str
    culprit: Optional[str] = None  # the path of the snippet that leaked


def seed_dependence(display: str, source: str, reply: Reply, again: Reply) -> Optional[str]:
    """What differs between two runs of a stale snippet with different
    seeds, if anything: its output, or the data of its figures."""
    first, second = expected(source, reply), expected(source, again)
    if second != first:
        shown = outputs.diff(display, first, second)
        return "%s:%d: %s\n%s" % (
            display, first_difference(source, reply), RANDOM_HINT,
            shown.replace("(on disk)", "(one run)").replace("(from this run)", "(another seed)"))
    if figure_hashes(again) != figure_hashes(reply):
        return "%s:1: draws a figure that changes with the random seed: %s" % (display, SEED_ADVICE)
    return None


def bisect(runner: Runner, before: List[str], seed: Optional[int]) -> Optional[str]:
    """The one earlier snippet after which this one fails: halve the
    candidates, keep the half that still breaks it."""
    if runner.after(before, seed)[0].passed:
        return None
    candidates = list(before)
    while len(candidates) > 1:
        half = candidates[: len(candidates) // 2]
        rest = candidates[len(candidates) // 2:]
        candidates = rest if runner.after(half, seed)[0].passed else half
    if runner.after(candidates, seed)[0].passed:
        return None
    return candidates[0]


def diagnose(runner: Runner, display: str, root: Path, before: List[str],
             seed: Optional[int], message: str) -> Diagnosis:
    """The cause of a failure (``message``) of the snippet ``display``
    after the snippets ``before`` ran in its worker, seeded with
    ``seed``."""
    alone, another = runner.after([], seed, then_another_seed=True)
    # A rerun whose worker died has no second verdict: it counts as one
    # that passed with another seed (the harness has always said so).
    if not alone.passed and (another is None or another.passed):
        return Diagnosis(Cause.SEED, (
            "%s:1: fails with some random seeds and passes with others (it "
            "failed with seed %s, alone too): %s\nWith seed %s it failed "
            "with:\n%s" % (display, seed, SEED_ADVICE, seed, message)))
    if not alone.passed:
        return Diagnosis(Cause.OWN, message)
    if not before:
        return Diagnosis(Cause.UNSTEADY, (
            "%s:1: failed once and passed when run again alone with the "
            "same seed (%s): it does not behave the same on every run "
            "(timing, threads?)\nThe failing run said:\n%s" % (display, seed, message)))
    culprit = bisect(runner, before, seed)
    if culprit is None:
        named = ("re-running the %d snippets that ran before it did not "
                 "reproduce the failure (an order-dependent interaction)"
                 % len(before))
    else:
        named = ("bisecting the %d snippets that ran before it names %s: "
                 "it leaves state behind that changes this snippet"
                 % (len(before), snippet_model.from_path(Path(culprit), root).display))
    return Diagnosis(Cause.ORDER if culprit is None else Cause.LEAKED, (
        "%s:1: fails only after other snippets: leaked state. It passes "
        "alone in a fresh process with the same seed (%s); %s.\nIn the "
        "shared process it failed with:\n%s" % (display, seed, named, message)), culprit)
