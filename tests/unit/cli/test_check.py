"""./tfn check picks what git says changed, runs a snippet with its
variant in both worlds, stops at the first failing stage and names file
and line."""

from pathlib import Path

import pytest

from tfnotes import envs
from tfnotes.cli import check, gitstatus, main, stages
from tfnotes.snippet import from_path

REPO = Path(__file__).resolve().parents[3]

@pytest.mark.parametrize("path, message", [
    ("docs/stylesheets/extra.css", "docs/stylesheets/extra.css: not a snippet (snippets/PAGE/NAME.py) or a page"),
    ("snippets/p/nope.py", "snippets/p/nope.py: no such file"),
])
def test_named_path_that_is_no_snippet_or_page_is_an_error(project, fake_stages, capsys, path, message):
    assert main.main(["check", path]) == 2
    assert message in capsys.readouterr().err
    assert fake_stages.made == []


def test_nothing_changed_says_so(project, fake_stages, capsys, monkeypatch):
    monkeypatch.setattr(gitstatus, "git_changes", lambda: [])
    assert main.main(["check"]) == 0
    assert "nothing changed under snippets/ or docs/" in capsys.readouterr().out
    assert fake_stages.made == []


def test_check_runs_a_snippet_with_its_variant_in_both_worlds(project, fake_stages, capsys, monkeypatch, last_line):
    monkeypatch.setattr(gitstatus, "git_changes", lambda: ["snippets/p/a.py"])
    monkeypatch.setattr(check, "cheap_checks", lambda snippets: [])
    assert main.main(["check"]) == 0
    sources, tf24, keras3 = fake_stages.made
    assert sources.args[-2:] == ["tests/site/test_sources.py", "tests/site/test_snippet_style.py"]
    # The source checks report only what concerns the snippet and its variant.
    assert sources.env["TFNOTES_FOCUS"].splitlines()[:2] == ["snippets/p/a.py", "snippets/p/a_keras3.py"]
    for stage in (tf24, keras3):
        assert stage.args[-2:] == ["snippets/p/a.py", "snippets/p/a_keras3.py"]
        assert "--update-outputs" not in stage.args
    assert tf24.python == str(envs.TF24.python) and keras3.python == str(envs.TOOLS.python)
    assert last_line() == (
        "tfn: check passed: snippets/p/a.py on TF 2.4.4, snippets/p/a_keras3.py on Keras 3 "
        "(TensorFlow 2.21.0); ruff check, ruff format, 72 columns; source and style checks")


def test_check_stops_at_the_first_failing_stage(project, fake_stages, capsys, monkeypatch):
    monkeypatch.setattr(check, "cheap_checks", lambda snippets: ["snippets/p/b.py:1: too wide"])
    assert main.main(["check", "snippets/p/b.py"]) == 1
    assert fake_stages.made == []
    monkeypatch.setattr(check, "cheap_checks", lambda snippets: [])
    fake_stages.outcome["source and style checks"] = stages.FAILED
    assert main.main(["check", "snippets/p/b.py"]) == 1
    assert [s.name for s in fake_stages.made] == ["source and style checks"]


def test_cheap_checks_name_file_and_line(project, monkeypatch):
    monkeypatch.setattr(envs, "VENVS", REPO / ".venvs")
    (project / "pyproject.toml").write_text((REPO / "pyproject.toml").read_text())
    (project / "snippets" / "p" / "b.py").write_text("x = %r\nprint(x)\n" % ("y" * 70))
    problems = check.cheap_checks([from_path(Path("snippets/p/b.py"), project)])
    assert any(p.startswith("snippets/p/b.py:1: 76 columns, the limit is 72") for p in problems), problems
    assert any("E501" in p for p in problems), problems
