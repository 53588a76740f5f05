"""The copy-paste check, per push: each distinct pip line of the pages is
installed alone into a venv of its own (cached by the line) and proven on
one block that needs what it adds to TensorFlow, run as a reader runs it
(tfnotes.paste). ``./tfn paste`` runs every block of every page."""

from tfnotes.paste import check


def test_each_pip_line_runs_a_block_as_shown(project):
    plan = check.quick(project)
    assert len({line.text for line, _ in plan}) == len(plan) >= 2
    failed = check.report(check.check(plan))
    assert not failed, failed
