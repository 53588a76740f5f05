"""./tfn's arguments and its fast paths, with no world run: pytest options
reach every stage of test, check picks what git says changed and stops at
the first failing stage, new writes a template the style checks accept."""

import subprocess
import sys
from pathlib import Path

import pytest

from tfnotes import cli, formatting

REPO = Path(__file__).resolve().parents[2]
RUFF = str(Path(sys.executable).with_name("ruff"))


class FakeStage:
    """Records each stage's command instead of running pytest."""

    made = []
    outcome = {}

    def __init__(self, name, python, args, env=None):
        self.name, self.python, self.args, self.env = name, python, args, env or {}
        FakeStage.made.append(self)

    def finish(self, selecting=False, verbose=True):
        return FakeStage.outcome.get(self.name, cli.PASSED)


@pytest.fixture
def stages(monkeypatch):
    FakeStage.made, FakeStage.outcome = [], {}
    monkeypatch.setattr(cli, "Stage", FakeStage)
    monkeypatch.setattr(cli, "setup", lambda: None)
    monkeypatch.setattr(cli, "build", lambda: True)
    monkeypatch.setattr(cli.envs, "ensure_chromium", lambda: "/usr/bin/chromium")
    return FakeStage


def last_line(capsys):
    return capsys.readouterr().out.strip().splitlines()[-1]


# ------------------------------------------------------------------ test


@pytest.mark.parametrize("argv", [["test", "-k", "lstm"], ["test", "--", "-k", "lstm"]])
def test_pytest_options_reach_every_stage(stages, capsys, argv):
    assert cli.main(argv) == 0
    assert len(stages.made) == 4
    for stage in stages.made:
        assert stage.args[-2:] == ["-k", "lstm"] and "--" not in stage.args, stage.name
    assert last_line(capsys) == (
        "tfn: PARTIAL RUN passed (options: -k lstm); run ./tfn test with no options for the whole suite")


def test_flag_without_value_is_passed_through(stages, capsys):
    assert cli.main(["test", "-x"]) == 0
    assert all(s.args[-1] == "-x" for s in stages.made)
    assert "ALL PASSED" not in capsys.readouterr().out


def test_whole_suite_says_all_passed_and_starts_with_unit_tests(stages, capsys):
    assert cli.main(["test"]) == 0
    assert stages.made[0].args == ["tests/unit"]
    assert [s.args for s in stages.made[1:]] == [
        ["snippets", "tests/library"], ["snippets", "tests/library"], ["tests/site", "tests/meta"]]
    assert last_line(capsys) == "tfn: ALL PASSED"


def test_failing_stage_fails_a_partial_run(stages, capsys):
    stages.outcome["site checks, broken-input meta-tests, browser tests"] = cli.FAILED
    assert cli.main(["test", "-k", "lstm"]) == 1
    assert last_line(capsys).startswith("tfn: PARTIAL RUN FAILED (options: -k lstm): site checks")


def test_stage_without_match_is_named_not_passed(stages, capsys):
    stages.outcome["unit tests (no TensorFlow)"] = cli.NO_MATCH
    assert cli.main(["test", "-k", "lstm"]) == 0
    line = last_line(capsys)
    assert "no tests matched in unit tests" in line and line.startswith("tfn: PARTIAL RUN passed")


def test_nothing_matched_anywhere_fails(stages, capsys):
    for name in ("unit tests (no TensorFlow)",
                 "snippets and library facts on TensorFlow 2.4",
                 "snippets and library facts on the newest TensorFlow (Keras 3)",
                 "site checks, broken-input meta-tests, browser tests"):
        stages.outcome[name] = cli.NO_MATCH
    stages.outcome["mkdocs build --strict"] = cli.PASSED
    assert cli.main(["test", "-k", "nosuchthing"]) == 1
    assert "no tests matched in any stage" in last_line(capsys)


def test_snippet_path_runs_both_worlds_only_with_its_variant(stages, capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    assert cli.main(["test", "snippets/utils/to_categorical.py"]) == 0
    assert [s.args for s in stages.made] == [
        ["snippets/utils/to_categorical.py", "snippets/utils/to_categorical_keras3.py"]] * 2
    out = capsys.readouterr().out
    assert "not run (no path of theirs given): unit tests, build and site checks" in out
    assert "PARTIAL RUN passed (paths: snippets/utils/to_categorical.py)" in out


def test_option_value_is_not_taken_for_a_path():
    assert cli.split_paths(["-k", "snippets", "-x", "tests/unit"]) == (["-k", "snippets", "-x"], ["tests/unit"])


def test_path_of_no_stage_is_an_error(stages, capsys, monkeypatch):
    monkeypatch.chdir(REPO)
    assert cli.main(["test", "README.md"]) == 2
    assert "README.md: not a path any stage of ./tfn test runs" in capsys.readouterr().err


def run_stage(tmp_path, exit_code, output, selecting):
    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\necho '%s'\nexit %d\n" % (output, exit_code))
    fake.chmod(0o755)
    return cli.Stage("fake", str(fake), []).finish(selecting=selecting)


def test_exit_5_fails_unless_k_deselected_everything(tmp_path, capsys):
    assert run_stage(tmp_path, 5, "collected 0 items", selecting=False) == cli.FAILED
    assert run_stage(tmp_path, 5, "collected 0 items", selecting=True) == cli.FAILED
    assert run_stage(tmp_path, 5, "collected 3 items / 3 deselected", selecting=True) == cli.NO_MATCH
    assert run_stage(tmp_path, 1, "1 failed", selecting=False) == cli.FAILED
    assert run_stage(tmp_path, 0, "1 passed", selecting=False) == cli.PASSED
    assert "no tests matched in fake" in capsys.readouterr().out


def test_a_snippet_stage_that_exits_0_passes_only_when_every_snippet_reported(tmp_path, capsys):
    fake = tmp_path / "python"

    def stage(output):
        fake.write_text("#!/bin/sh\necho '%s'\nexit 0\n" % output)
        fake.chmod(0o755)
        return cli.Stage("snippets stage", str(fake), ["snippets"]).finish()

    full = "tfnotes: 3 of 3 snippets passed on TensorFlow 2.4.4 (order path; 3 reported a result)"
    short = "tfnotes: 2 of 3 snippets passed on TensorFlow 2.4.4 (order path; 2 reported a result)"
    assert stage(full) == cli.PASSED
    assert stage(short) == cli.FAILED
    assert stage("2 passed") == cli.FAILED
    out = capsys.readouterr().out
    assert "FAILED snippets stage: exit 0, but the harness's summary line is missing" in out
    assert "FAILED snippets stage: exit 0, but " + short[:-1] in out


def test_every_command_says_what_it_does_in_its_help(capsys):
    for command in ("setup", "serve", "check", "test", "update", "new", "build", "offline", "bench",
                    "screenshots"):
        with pytest.raises(SystemExit) as exit:
            cli.main([command, "--help"])
        assert exit.value.code == 0
        text = capsys.readouterr().out
        description = text.split("\n\n")[1]
        assert len(description.split()) >= 5, "%s --help: %r" % (command, description)


# ------------------------------------------------------------------ check

PORCELAIN = "\0".join([
    "M  snippets/layers/lstm/weights.py",
    " M docs/layers/lstm.md",
    "?? snippets/utils/new_one.py",
    "R  snippets/utils/renamed.py", "snippets/utils/old_name.py",
    " D snippets/utils/gone.py",
    "?? src/tfnotes/cli.py",
    " M README.md",
    "?? docs/stylesheets/extra.css",
]) + "\0"


def test_changed_paths_from_git_status():
    assert cli.changed_paths(PORCELAIN) == [
        "docs/layers/lstm.md",
        "docs/stylesheets/extra.css",
        "snippets/layers/lstm/weights.py",
        "snippets/utils/gone.py",
        "snippets/utils/new_one.py",
        "snippets/utils/renamed.py",
    ]


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A checkout with a page, a snippet and its variant."""
    root = tmp_path / "project"
    for rel, text in {
        "docs/p.md": "# P\n",
        "docs/stylesheets/extra.css": "",
        "snippets/p/a.py": "print(1)\n",
        "snippets/p/a_keras3.py": "# Keras 3: differs\nprint(1)\n",
        "snippets/p/b.py": "print(2)\n",
        "requirements/tf24.txt": "tensorflow-cpu==2.4.4\n",
        "requirements/tools.txt": "tensorflow_cpu==2.21.0\n",
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    monkeypatch.setattr(cli, "ROOT", root)
    monkeypatch.chdir(root)
    return root


def test_git_selection_ignores_what_is_no_snippet_or_page(project):
    chosen = cli.select(["docs/p.md", "docs/stylesheets/extra.css", "snippets/p/b.py", "snippets/p/gone.py"],
                        explicit=False)
    assert [s.name for s in chosen.snippets] == ["p/b.py"]
    assert chosen.pages == ["docs/p.md"]
    assert chosen.removed == ["snippets/p/gone.py"]
    assert chosen.ignored == ["docs/stylesheets/extra.css"]


@pytest.mark.parametrize("path, message", [
    ("docs/stylesheets/extra.css", "docs/stylesheets/extra.css: not a snippet (snippets/PAGE/NAME.py) or a page"),
    ("snippets/p/nope.py", "snippets/p/nope.py: no such file"),
])
def test_named_path_that_is_no_snippet_or_page_is_an_error(project, stages, capsys, path, message):
    assert cli.main(["check", path]) == 2
    assert message in capsys.readouterr().err
    assert stages.made == []


def test_nothing_changed_says_so(project, stages, capsys, monkeypatch):
    monkeypatch.setattr(cli, "git_changes", lambda: [])
    assert cli.main(["check"]) == 0
    assert "nothing changed under snippets/ or docs/" in capsys.readouterr().out
    assert stages.made == []


def test_check_runs_a_snippet_with_its_variant_in_both_worlds(project, stages, capsys, monkeypatch):
    monkeypatch.setattr(cli, "git_changes", lambda: ["snippets/p/a.py"])
    monkeypatch.setattr(cli, "_cheap_checks", lambda snippets: [])
    assert cli.main(["check"]) == 0
    sources, tf24, keras3 = stages.made
    assert sources.args[-2:] == ["tests/site/test_sources.py", "tests/site/test_snippet_style.py"]
    # The source checks report only what concerns the snippet and its variant.
    assert sources.env["TFNOTES_FOCUS"].splitlines()[:2] == ["snippets/p/a.py", "snippets/p/a_keras3.py"]
    for stage in (tf24, keras3):
        assert stage.args[-2:] == ["snippets/p/a.py", "snippets/p/a_keras3.py"]
        assert "--update-outputs" not in stage.args
    assert tf24.python == str(cli.TF24.python) and keras3.python == str(cli.TOOLS.python)
    assert last_line(capsys) == (
        "tfn: check passed: snippets/p/a.py on TF 2.4.4, snippets/p/a_keras3.py on Keras 3 "
        "(TensorFlow 2.21.0); ruff check, ruff format, 72 columns; source and style checks")


def test_check_stops_at_the_first_failing_stage(project, stages, capsys, monkeypatch):
    monkeypatch.setattr(cli, "_cheap_checks", lambda snippets: ["snippets/p/b.py:1: too wide"])
    assert cli.main(["check", "snippets/p/b.py"]) == 1
    assert stages.made == []
    monkeypatch.setattr(cli, "_cheap_checks", lambda snippets: [])
    stages.outcome["source and style checks"] = cli.FAILED
    assert cli.main(["check", "snippets/p/b.py"]) == 1
    assert [s.name for s in stages.made] == ["source and style checks"]


def test_cheap_checks_name_file_and_line(project, monkeypatch):
    monkeypatch.setattr(cli.envs, "VENVS", REPO / ".venvs")
    (project / "pyproject.toml").write_text((REPO / "pyproject.toml").read_text())
    (project / "snippets" / "p" / "b.py").write_text("x = %r\nprint(x)\n" % ("y" * 70))
    problems = cli._cheap_checks([cli.from_path(Path("snippets/p/b.py"), project)])
    assert any(p.startswith("snippets/p/b.py:1: 76 columns, the limit is 72") for p in problems), problems
    assert any("E501" in p for p in problems), problems


# ------------------------------------------------------------------ update


def test_update_with_a_path_rewrites_only_it(project, capsys, monkeypatch):
    runs = []
    monkeypatch.setattr(cli, "setup", lambda: None)
    monkeypatch.setattr(cli, "_run", lambda cmd, **kw: runs.append(list(cmd)) or 0)
    monkeypatch.setattr(formatting, "format_in_place", lambda paths, ruff, config: [])
    assert cli.main(["update", "snippets/p/a.py"]) == 0
    assert runs == [[str(cli.TF24.python), "-m", "pytest", "-q", "--update-outputs", "snippets/p/a.py"]]
    assert "snippets/p/a.py is not run on Keras 3 (TensorFlow 2.21.0) (snippets/p/a_keras3.py is)" in (
        capsys.readouterr().out)


def test_update_without_paths_also_retakes_the_tensorboard_screenshots(project, monkeypatch):
    runs = []
    monkeypatch.setattr(cli, "setup", lambda: None)
    monkeypatch.setattr(cli.envs, "ensure_chromium", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(cli, "_run", lambda cmd, **kw: runs.append(list(cmd)) or 0)
    assert cli.main(["update"]) == 0
    assert runs[-1] == [str(cli.TOOLS.python), "-m", "tfnotes.screenshots"]
    assert [str(cli.TOOLS.python), "-m", "pytest", "-q", "snippets", "--update-outputs"] in runs[:-1]
    for world in (cli.TF24, cli.TOOLS):
        assert [str(world.python), "-m", "tfnotes.api"] in runs, "the whole-API data is not regenerated"
    runs.clear()
    assert cli.main(["screenshots"]) == 0
    assert runs == [[str(cli.TOOLS.python), "-m", "tfnotes.screenshots"]]


def test_update_without_paths_stops_before_the_screenshots_when_a_snippet_fails(project, monkeypatch):
    runs = []
    monkeypatch.setattr(cli, "setup", lambda: None)
    monkeypatch.setattr(cli, "_run", lambda cmd, **kw: runs.append(list(cmd)) or 1)
    assert cli.main(["update"]) == 1
    assert all("tfnotes.screenshots" not in cmd for cmd in runs)


# ------------------------------------------------------------------ new


def test_new_writes_a_formatted_seeded_template(project, capsys):
    assert cli.main(["new", "p/units"]) == 0
    path = project / "snippets" / "p" / "units.py"
    code = path.read_text()
    assert "np.random.seed(0)" in code and "tf.random.set_seed(0)" in code
    assert max(len(line) for line in code.splitlines()) <= 72
    config = REPO / "pyproject.toml"
    assert formatting.ruff_format(code, RUFF, config) == code, "the template is not ruff-formatted"
    lint = subprocess.run([RUFF, "check", "--config", str(config), "--no-cache", str(path)],
                          capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout
    out = capsys.readouterr().out
    assert '```python title="p/units.py"\n--8<-- "p/units.py"\n```' in out
    assert "./tfn update snippets/p/units.py" in out


def test_new_refuses_to_overwrite(project, capsys):
    assert cli.main(["new", "p/a"]) == 2
    assert "snippets/p/a.py already exists" in capsys.readouterr().err
    assert (project / "snippets" / "p" / "a.py").read_text() == "print(1)\n"


def test_new_refuses_a_missing_page_and_names_those_near_it(project, capsys):
    (project / "docs" / "layers").mkdir()
    (project / "docs" / "layers" / "dense.md").write_text("# Dense\n")
    assert cli.main(["new", "layers/dens/units"]) == 2
    err = capsys.readouterr().err
    assert "docs/layers/dens.md does not exist" in err and "docs/layers/dense.md" in err
    assert not (project / "snippets" / "layers").exists()


@pytest.mark.parametrize("spec, message", [
    ("units", "name the snippet PAGE/NAME"),
    ("p/Units", "lower case letters"),
    ("p/a_keras3", "is a Keras 3 variant"),
    ("p/numpy", "the name of a module"),
])
def test_new_refuses_bad_names(project, capsys, spec, message):
    assert cli.main(["new", spec]) == 2
    assert message in capsys.readouterr().err
