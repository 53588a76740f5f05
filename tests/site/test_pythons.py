"""Without a Python of the needed version, ./tfn stops with one clear
message saying how to get one (no traceback)."""

from tfnotes import envs
from tfnotes.cli import main


def test_missing_python_gives_one_clear_message(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(envs, "VENVS", tmp_path)
    monkeypatch.setattr(envs, "WORLDS", (envs.World("old", envs.TF24.lock, exact=(3, 99)),))
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "no-pyenv"))
    assert main.main(["setup"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tfn: Python 3.99 not found (looked on PATH, in pyenv's versions")
    assert "pyenv install" in err and "uv python install" in err
    assert "Traceback" not in err
