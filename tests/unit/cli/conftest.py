"""Fixtures of the CLI's tests: stages that record instead of running,
and a small checkout with a page, a snippet and its variant."""

from pathlib import Path

import pytest

from tfnotes import envs
from tfnotes.cli import main, site, system
from tfnotes.cli import stages as stages_module

REPO = Path(__file__).resolve().parents[3]


class FakeStage:
    """Records each stage's command instead of running pytest."""

    made = []
    outcome = {}
    events = []  # ("start" or "finish", stage name), in order

    def __init__(self, name, python, args, env=None):
        self.name, self.python, self.args, self.env = name, python, args, env or {}
        FakeStage.made.append(self)
        FakeStage.events.append(("start", name))

    def finish(self, selecting=False, verbose=True):
        FakeStage.events.append(("finish", self.name))
        return FakeStage.outcome.get(self.name, stages_module.PASSED)


@pytest.fixture
def fake_stages(monkeypatch):
    FakeStage.made, FakeStage.outcome, FakeStage.events = [], {}, []
    monkeypatch.setattr(stages_module, "Stage", FakeStage)
    monkeypatch.setattr(main, "setup", lambda: None)
    monkeypatch.setattr(site, "build", lambda: True)
    monkeypatch.setattr(system, "for_browser", lambda: None)
    return FakeStage


@pytest.fixture
def last_line(capsys):
    """The last line the command printed."""
    return lambda: capsys.readouterr().out.strip().splitlines()[-1]


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
    monkeypatch.setattr(envs, "ROOT", root)
    monkeypatch.chdir(root)
    return root
