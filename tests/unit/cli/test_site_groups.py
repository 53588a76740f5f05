"""The site stage's parallel options keep an ``xdist_group`` on one
worker, so a module's costly fixture is made once, not once per worker.

pytest 9.2 with pytest-xdist 3.8 dropped every group without a word
(pytest-dev/pytest-xdist#1386); this runs the installed pair the way
the site stage runs it and counts the fixture's setups.
"""

import subprocess
import sys
import textwrap

from tfnotes.cli import suite

GROUPED = """
import os

import pytest


@pytest.fixture(scope="module")
def costly():
    setups = os.path.join(os.environ["SETUPS_DIR"], "setup-%d" % os.getpid())
    with open(setups, "a") as record:
        record.write("made\\n")


@pytest.mark.xdist_group("costly")
@pytest.mark.parametrize("n", range(6))
def test_grouped(costly, n):
    pass


@pytest.mark.parametrize("n", range(6))
def test_free(n):
    pass
"""


def test_a_group_runs_on_one_worker_with_one_fixture_setup(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("TFNOTES_SITE_WORKERS", "2")
    (tmp_path / "test_grouped.py").write_text(textwrap.dedent(GROUPED))
    setups = tmp_path / "setups"
    setups.mkdir()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-q",
            "test_grouped.py",
        ]
        + suite.parallel([]),
        cwd=str(tmp_path),
        capture_output=True,
        text=True,
        env={"SETUPS_DIR": str(setups), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stdout + run.stderr
    made = sorted(p.name for p in setups.iterdir())
    assert len(made) == 1, (
        "the grouped module fixture was made by %d workers: %s\n%s"
        % (len(made), made, run.stdout)
    )
    assert (setups / made[0]).read_text() == "made\n", (
        "made more than once on one worker"
    )
