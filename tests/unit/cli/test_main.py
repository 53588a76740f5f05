"""The command table: every command says what it does in its --help."""

import pytest

from tfnotes import envs
from tfnotes.cli import main


def test_every_command_says_what_it_does_in_its_help(capsys):
    for command in ("setup", "serve", "check", "test", "update", "new", "build", "offline", "bench", "lock",
                    "screenshots"):
        with pytest.raises(SystemExit) as exit:
            main.main([command, "--help"])
        assert exit.value.code == 0
        text = capsys.readouterr().out
        description = text.split("\n\n")[1]
        assert len(description.split()) >= 5, "%s --help: %r" % (command, description)


def test_lock_relocks_every_lock_and_builds_no_world(monkeypatch, capsys):
    locked = []
    monkeypatch.setattr(main, "setup", lambda: locked.append("setup"))
    monkeypatch.setattr(envs, "lock", lambda world, upgrade=False: locked.append((world.name, upgrade)))
    assert main.main(["lock"]) == 0
    assert locked == [(w.name, False) for w in envs.LOCKED]
    assert {"tf24", "tools", "uv"} <= {w.name for w in envs.LOCKED}
    locked.clear()
    assert main.main(["lock", "--upgrade"]) == 0
    assert locked == [(w.name, True) for w in envs.LOCKED]
