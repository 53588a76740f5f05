"""When the supervisor starts a standby worker (no TensorFlow needed)."""

from tfnotes.harness.supervisor import standby_due


def test_no_standby_in_a_run_without_declared_snippets():
    assert not any(standby_due([False] * 6, at, 3) for at in range(6))


def test_standby_starts_lead_snippets_ahead_of_a_declared_one():
    declares = [False] * 5 + [True, False]
    due = [standby_due(declares, at, 3) for at in range(len(declares))]
    assert due == [False, False, True, True, True, True, False]


def test_no_standby_for_a_declared_snippet_that_runs_last():
    declares = [False] * 4 + [True, True]
    due = [standby_due(declares, at, 2) for at in range(len(declares))]
    # the first declared one needs a successor for the second; the last
    # one's worker is never replaced
    assert due == [False, False, True, True, True, False]


def test_a_single_snippet_run_starts_no_standby():
    assert not standby_due([True], 0, 10)
