"""./tfn update and screenshots: which commands run, in which world, and
that a failing snippet stops before the screenshots."""

from tfnotes import envs, formatting
from tfnotes.cli import main, shell, system


def test_update_with_a_path_rewrites_only_it(project, capsys, monkeypatch):
    runs = []
    monkeypatch.setattr(main, "setup", lambda: None)
    monkeypatch.setattr(shell, "run", lambda cmd: runs.append(list(cmd)) or 0)
    monkeypatch.setattr(formatting, "format_in_place", lambda paths, ruff, config: [])
    assert main.main(["update", "snippets/p/a.py"]) == 0
    assert runs == [[str(envs.TF24.python), "-m", "pytest", "-q", "--update-outputs", "snippets/p/a.py"]]
    assert "snippets/p/a.py is not run on Keras 3 (TensorFlow 2.21.0) (snippets/p/a_keras3.py is)" in (
        capsys.readouterr().out)


def test_update_without_paths_also_retakes_the_tensorboard_screenshots(project, monkeypatch):
    runs = []
    monkeypatch.setattr(main, "setup", lambda: None)
    monkeypatch.setattr(system, "for_browser", lambda: None)
    monkeypatch.setattr(shell, "run", lambda cmd: runs.append(list(cmd)) or 0)
    assert main.main(["update"]) == 0
    assert runs[-1] == [str(envs.TOOLS.python), "-m", "tfnotes.screenshots"]
    assert [str(envs.TOOLS.python), "-m", "pytest", "-q", "snippets", "--update-outputs"] in runs[:-1]
    for world in (envs.TF24, envs.TOOLS):
        assert [str(world.python), "-m", "tfnotes.api"] in runs, "the whole-API data is not regenerated"
    runs.clear()
    assert main.main(["screenshots"]) == 0
    assert runs == [[str(envs.TOOLS.python), "-m", "tfnotes.screenshots"]]


def test_update_without_paths_stops_before_the_screenshots_when_a_snippet_fails(project, monkeypatch):
    runs = []
    monkeypatch.setattr(main, "setup", lambda: None)
    monkeypatch.setattr(shell, "run", lambda cmd: runs.append(list(cmd)) or 1)
    assert main.main(["update"]) == 1
    assert all("tfnotes.screenshots" not in cmd for cmd in runs)
