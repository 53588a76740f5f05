"""tfnotes.harness.diagnosis: reruns, seeds and bisection, with a fake
runner instead of workers."""

from pathlib import Path

import pytest

from tfnotes.harness import diagnosis
from tfnotes.harness.diagnosis import Cause
from tfnotes.harness.verdict import PASSED, Kind, Verdict

ROOT = Path("/project")
FAILED = Verdict(Kind.STALE, "stale output")
BEFORE = [str(ROOT / "snippets" / ("s%d.py" % n)) for n in range(7)]


class FakeRunner:
    """Fails after ``culprit`` ran (or always, with ``alone``); the run
    with another seed fails too unless ``seeded``."""

    def __init__(self, culprit=None, alone=False, seeded=True, pair=None):
        self.culprit, self.alone, self.seeded, self.pair = culprit, alone, seeded, pair
        self.calls = []

    def _fails(self, before):
        if self.pair is not None:
            return set(self.pair) <= set(before)
        return self.alone or self.culprit in before

    def after(self, before, seed, then_another_seed=False):
        self.calls.append((list(before), seed))
        if not self._fails(before):
            return PASSED, None
        if not then_another_seed:
            return FAILED, None
        return FAILED, (FAILED if self.seeded else PASSED)

    def again(self):
        raise AssertionError("diagnose reruns in fresh workers only")


def diagnose(runner, before=BEFORE):
    return diagnosis.diagnose(runner, "snippets/x.py", ROOT, before, 42, "the failure")


def test_failing_alone_with_any_seed_is_its_own_fault_reported_as_it_was():
    runner = FakeRunner(alone=True)
    found = diagnose(runner)
    assert found.cause is Cause.OWN and found.message == "the failure"
    assert runner.calls == [([], 42)]


def test_failing_alone_and_passing_with_another_seed_asks_to_seed():
    found = diagnose(FakeRunner(alone=True, seeded=False))
    assert found.cause is Cause.SEED
    assert found.message.startswith(
        "snippets/x.py:1: fails with some random seeds and passes with others (it "
        "failed with seed 42, alone too): seed numpy")
    assert found.message.endswith("With seed 42 it failed with:\nthe failure")


def test_passing_alone_with_nothing_before_is_unsteady():
    found = diagnose(FakeRunner(), before=[])
    assert found.cause is Cause.UNSTEADY
    assert "passed when run again alone with the same seed (42)" in found.message


@pytest.mark.parametrize("culprit", range(len(BEFORE)))
def test_bisection_names_the_snippet_that_leaked(culprit):
    runner = FakeRunner(culprit=BEFORE[culprit])
    found = diagnose(runner)
    assert found.cause is Cause.LEAKED and found.culprit == BEFORE[culprit]
    assert ("bisecting the 7 snippets that ran before it names snippets/s%d.py: it leaves "
            "state behind that changes this snippet" % culprit) in found.message
    assert found.message.startswith(
        "snippets/x.py:1: fails only after other snippets: leaked state. It passes alone "
        "in a fresh process with the same seed (42)")
    assert all(seed == 42 for _, seed in runner.calls)
    # halving: the first full rerun, ~log2(7) halves and the check
    assert len(runner.calls) <= 2 + 3 + 1


def test_a_failure_that_needs_two_earlier_snippets_is_order_dependent():
    found = diagnose(FakeRunner(pair=(BEFORE[0], BEFORE[6])))
    assert found.cause is Cause.ORDER and found.culprit is None
    assert "did not reproduce the failure (an order-dependent interaction)" in found.message


def test_bisect_finds_nothing_when_the_earlier_snippets_do_not_break_it():
    assert diagnosis.bisect(FakeRunner(), BEFORE, 1) is None


def reply(printed, data_hash="a" * 64):
    return {"written": {"1": printed}, "error": None,
            "figures": [{"data_hash": data_hash}]}


def test_output_that_changes_with_the_seed_is_named_with_both_runs():
    found = diagnosis.seed_dependence("snippets/x.py", "print(r)\n", reply("1\n"), reply("2\n"))
    assert found.startswith("snippets/x.py:2: prints something different with another "
                            "random seed: seed numpy")
    assert "snippets/x.py (one run)" in found and "snippets/x.py (another seed)" in found


def test_a_figure_that_changes_with_the_seed_is_named():
    found = diagnosis.seed_dependence("snippets/x.py", "print(r)\n", reply("1\n"),
                                      reply("1\n", "b" * 64))
    assert found.startswith("snippets/x.py:1: draws a figure that changes with the random seed")


def test_the_same_output_and_figures_with_another_seed_are_steady():
    assert diagnosis.seed_dependence("snippets/x.py", "print(r)\n", reply("1\n"), reply("1\n")) is None
