"""The command table: every command says what it does in its --help."""

import pytest

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
