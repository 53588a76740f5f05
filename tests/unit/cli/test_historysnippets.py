"""tfnotes.cli.historysnippets: only stale snippets run again, and a
re-run that differs names the snippet and both outcomes."""

import json
from types import SimpleNamespace

from tfnotes.cli import historysnippets
from tfnotes.history import releases, snippetruns, snippetstore

RELEASE = releases.named("2.6")
SEAL = {"runner": "r", "lock": "l", "extras": "e"}


def _fake_store(monkeypatch, tmp_path, sources, held):
    monkeypatch.setattr(snippetstore, "snippets_of",
                        lambda release: [SimpleNamespace(name=n) for n in sources])
    monkeypatch.setattr(snippetstore, "source_hash", lambda s: sources[s.name])
    monkeypatch.setattr(snippetstore, "seal", lambda release: SEAL)
    monkeypatch.setattr(snippetstore, "path_for", lambda release: tmp_path / "out.json")
    monkeypatch.setattr(snippetstore, "load", lambda release: held)
    monkeypatch.setattr(historysnippets.envs, "ROOT", tmp_path)
    asked = []

    def run(release, names=None):
        asked.append(sorted(names) if names is not None else None)
        chosen = sorted(sources) if names is None else sorted(names)
        return {"tensorflow": "2.6.5", "python": "3.8", "seconds": 1.0,
                "snippets": {n: {"outcome": "same", "source": sources[n]} for n in chosen}}

    monkeypatch.setattr(snippetruns, "run", run)
    return asked


def test_update_runs_only_added_and_changed_snippets(monkeypatch, tmp_path):
    held = {"seal": SEAL, "tensorflow": "2.6.5", "snippets": {
        "a.py": {"outcome": "breaks", "line": 1, "error": "E", "source": "1"},
        "b.py": {"outcome": "same", "source": "old"}, "gone.py": {"outcome": "same", "source": "3"}}}
    asked = _fake_store(monkeypatch, tmp_path, {"a.py": "1", "b.py": "2", "c.py": "4"}, held)
    assert historysnippets.update([RELEASE]) == 0
    assert asked == [["b.py", "c.py"]]
    written = json.loads((tmp_path / "out.json").read_text())
    assert sorted(written["snippets"]) == ["a.py", "b.py", "c.py"]
    assert written["snippets"]["a.py"]["outcome"] == "breaks" and written["seal"] == SEAL


def test_differences_name_the_snippet_and_both_outcomes(monkeypatch, tmp_path):
    held = {"seal": SEAL, "snippets": {"a.py": {"outcome": "same", "source": "1"},
                                       "b.py": {"outcome": "breaks", "line": 2, "error": "E: x",
                                                "source": "2"}}}
    _fake_store(monkeypatch, tmp_path, {"a.py": "1", "b.py": "2"}, held)
    monkeypatch.setattr(snippetstore, "problems", lambda release: [])
    assert historysnippets.differences(RELEASE) == [
        "b.py on 2.6: committed error='E: x', line=2, outcome='breaks', now outcome='same'"]
    monkeypatch.setattr(snippetstore, "problems", lambda release: ["stale"])
    assert historysnippets.differences(RELEASE) == ["stale"]
