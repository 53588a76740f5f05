"""A stage passes only when pytest ran what it was given: exit 5 fails
unless -k deselected everything; a snippet stage must show every snippet
reported."""

import re
import time

from tfnotes.cli import stages


def run_stage(tmp_path, exit_code, output, selecting):
    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\necho '%s'\nexit %d\n" % (output, exit_code))
    fake.chmod(0o755)
    return stages.Stage("fake", str(fake), []).finish(selecting=selecting)


def test_exit_5_fails_unless_k_deselected_everything(tmp_path, capsys):
    assert run_stage(tmp_path, 5, "collected 0 items", selecting=False) == stages.FAILED
    assert run_stage(tmp_path, 5, "collected 0 items", selecting=True) == stages.FAILED
    assert run_stage(tmp_path, 5, "collected 3 items / 3 deselected", selecting=True) == stages.NO_MATCH
    assert run_stage(tmp_path, 1, "1 failed", selecting=False) == stages.FAILED
    assert run_stage(tmp_path, 0, "1 passed", selecting=False) == stages.PASSED
    assert "no tests matched in fake" in capsys.readouterr().out


def test_a_snippet_stage_that_exits_0_passes_only_when_every_snippet_reported(tmp_path, capsys):
    fake = tmp_path / "python"

    def stage(output):
        fake.write_text("#!/bin/sh\necho '%s'\nexit 0\n" % output)
        fake.chmod(0o755)
        return stages.Stage("snippets stage", str(fake), ["snippets"]).finish()

    full = "tfnotes: 3 of 3 snippets passed on TensorFlow 2.4.4 (order path; 3 reported a result)"
    short = "tfnotes: 2 of 3 snippets passed on TensorFlow 2.4.4 (order path; 2 reported a result)"
    assert stage(full) == stages.PASSED
    assert stage(short) == stages.FAILED
    assert stage("2 passed") == stages.FAILED
    out = capsys.readouterr().out
    assert "FAILED snippets stage: exit 0, but the harness's summary line is missing" in out
    assert "FAILED snippets stage: exit 0, but " + short[:-1] in out


def test_a_stage_finished_after_another_reports_its_own_time(tmp_path, capsys):
    """Overlapping stages are finished in a fixed order; the time printed
    is the stage's own run, not the wait until it was finished."""
    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\necho '1 passed'\nexit 0\n")
    fake.chmod(0o755)
    quick = stages.Stage("quick", str(fake), [])
    time.sleep(2)
    assert quick.finish() == stages.PASSED
    took = float(re.search(r"passed quick in ([\d.]+) s", capsys.readouterr().out).group(1))
    assert took < 1.5, took
