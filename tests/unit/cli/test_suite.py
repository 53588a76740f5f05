"""./tfn test: pytest options reach every stage; paths run only the stages
they belong to; a partial run says what it left out."""

from pathlib import Path

import pytest

from tfnotes.cli import main, stages

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("argv", [["test", "-k", "lstm"], ["test", "--", "-k", "lstm"]])
def test_pytest_options_reach_every_stage(fake_stages, capsys, argv, last_line):
    assert main.main(argv) == 0
    assert len(fake_stages.made) == 5
    for stage in fake_stages.made:
        assert stage.args[-2:] == ["-k", "lstm"] and "--" not in stage.args, stage.name
    assert last_line() == (
        "tfn: PARTIAL RUN passed (options: -k lstm); run ./tfn test with no options for the whole suite")


def test_flag_without_value_is_passed_through(fake_stages, capsys):
    assert main.main(["test", "-x"]) == 0
    assert all(s.args[-1] == "-x" for s in fake_stages.made)
    assert "ALL PASSED" not in capsys.readouterr().out


def test_whole_suite_says_all_passed_and_starts_with_unit_tests(fake_stages, capsys, last_line, monkeypatch):
    monkeypatch.setenv("TFNOTES_SITE_WORKERS", "2")
    assert main.main(["test"]) == 0
    assert fake_stages.made[0].args == ["tests/unit"]
    assert [s.args for s in fake_stages.made[1:]] == [
        ["snippets", "tests/library"], ["snippets", "tests/library"], ["tests/meta/test_snippet_order.py"],
        ["tests/site", "tests/meta", "--ignore", "tests/meta/test_snippet_order.py",
         "-n", "2", "--dist", "loadgroup"]]
    assert last_line() == "tfn: ALL PASSED"


def test_nothing_waits_for_keras3_but_its_own_result(fake_stages, capsys):
    """The snippets' other orders, once TF 2.4 is done, and the build and
    the site stage start before the Keras 3 stage is waited for."""
    assert main.main(["test"]) == 0
    events = fake_stages.events
    keras3 = ("finish", "snippets and library facts on the newest TensorFlow (Keras 3)")
    for later in ("snippets in other orders on TensorFlow 2.4",
                  "site checks, broken-input meta-tests, browser tests"):
        assert events.index(("start", later)) < events.index(keras3), events
    tf24 = ("finish", "snippets and library facts on TensorFlow 2.4")
    assert events.index(tf24) < events.index(("start", "snippets in other orders on TensorFlow 2.4")), events


def test_site_workers_can_be_turned_off_or_chosen(fake_stages, capsys, monkeypatch):
    monkeypatch.setenv("TFNOTES_SITE_WORKERS", "0")
    assert main.main(["test", "tests/site"]) == 0
    assert fake_stages.made[-1].args == ["tests/site"]
    monkeypatch.delenv("TFNOTES_SITE_WORKERS")
    assert main.main(["test", "tests/site", "-n", "3"]) == 0
    assert fake_stages.made[-1].args == ["tests/site", "-n", "3"]


def test_failing_stage_fails_a_partial_run(fake_stages, capsys, last_line):
    fake_stages.outcome["site checks, broken-input meta-tests, browser tests"] = stages.FAILED
    assert main.main(["test", "-k", "lstm"]) == 1
    assert last_line().startswith("tfn: PARTIAL RUN FAILED (options: -k lstm): site checks")


def test_stage_without_match_is_named_not_passed(fake_stages, capsys, last_line):
    fake_stages.outcome["unit tests (no TensorFlow)"] = stages.NO_MATCH
    assert main.main(["test", "-k", "lstm"]) == 0
    line = last_line()
    assert "no tests matched in unit tests" in line and line.startswith("tfn: PARTIAL RUN passed")


def test_nothing_matched_anywhere_fails(fake_stages, capsys, last_line):
    for name in ("unit tests (no TensorFlow)",
                 "snippets and library facts on TensorFlow 2.4",
                 "snippets and library facts on the newest TensorFlow (Keras 3)",
                 "snippets in other orders on TensorFlow 2.4",
                 "site checks, broken-input meta-tests, browser tests"):
        fake_stages.outcome[name] = stages.NO_MATCH
    fake_stages.outcome["mkdocs build --strict"] = stages.PASSED
    assert main.main(["test", "-k", "nosuchthing"]) == 1
    assert "no tests matched in any stage" in last_line()


def test_snippet_path_runs_both_worlds_only_with_its_variant(fake_stages, capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    assert main.main(["test", "snippets/utils/to_categorical.py"]) == 0
    assert [s.args for s in fake_stages.made] == [
        ["snippets/utils/to_categorical.py", "snippets/utils/to_categorical_keras3.py"]] * 2
    out = capsys.readouterr().out
    assert "not run (no path of theirs given): unit tests, build and site checks" in out
    assert "PARTIAL RUN passed (paths: snippets/utils/to_categorical.py)" in out


def test_path_of_no_stage_is_an_error(fake_stages, capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    assert main.main(["test", "README.md"]) == 2
    assert "README.md: not a path any stage of ./tfn test runs" in capsys.readouterr().err
