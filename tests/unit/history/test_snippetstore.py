"""tfnotes.history.snippetstore: the seal of the stored runs, and which
snippets a stale store must run again."""

import shutil

from tfnotes import envs
from tfnotes.history import releases, snippetstore

RELEASE = releases.named("2.5")


def _project(tmp_path):
    """A checkout with the runner's code, the release's locks and two
    snippets (one with a Keras 3 variant)."""
    for name in snippetstore.RUNNER + (RELEASE.lock, snippetstore.extras_lock(RELEASE)):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(str(envs.ROOT / name), str(tmp_path / name))
    page = tmp_path / "snippets" / "page"
    page.mkdir(parents=True)
    for name in ("a.py", "b.py", "b_keras3.py"):
        (page / name).write_text("print(%r)\n" % name)
    return tmp_path


def _store(root, release=RELEASE):
    sources = {s.name: snippetstore.source_hash(s) for s in snippetstore.snippets_of(release.name, root)}
    data = {"release": release.name, "seal": snippetstore.seal(release, root),
            "snippets": {n: {"outcome": "same", "source": h} for n, h in sources.items()}}
    path = snippetstore.path_for(release.name, root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(snippetstore.dump(data))


def test_each_version_runs_its_own_snippets(tmp_path):
    root = _project(tmp_path)
    assert [s.name for s in snippetstore.snippets_of("2.5", root)] == ["page/a.py", "page/b.py"]
    assert [s.name for s in snippetstore.snippets_of("3.2", root)] == ["page/a.py", "page/b_keras3.py"]


def test_a_fresh_store_holds_and_an_edited_snippet_is_named(tmp_path):
    root = _project(tmp_path)
    assert snippetstore.problems(RELEASE, root) == [
        "data/history/snippets/2.5.json is missing; run ./tfn history --snippets 2.5"]
    _store(root)
    assert snippetstore.problems(RELEASE, root) == []
    (root / "snippets" / "page" / "b.py").write_text("print('edited')\n")
    (problem,) = snippetstore.problems(RELEASE, root)
    assert "1 snippet(s) added, changed or removed" in problem and "page/b.py" in problem
    assert problem.endswith("run ./tfn history --snippets 2.5")


def test_a_changed_runner_or_lock_runs_everything_again(tmp_path):
    root = _project(tmp_path)
    _store(root)
    with open(str(root / "src/tfnotes/harness/worker.py"), "a") as handle:
        handle.write("# a change\n")
    (root / RELEASE.lock).write_text("numpy==1.0\n")
    assert snippetstore.problems(RELEASE, root) == [
        "data/history/snippets/2.5.json: the release's lock changed since it was made; "
        "run ./tfn history --snippets 2.5",
        "data/history/snippets/2.5.json: the snippet runner changed since it was made; "
        "run ./tfn history --snippets 2.5"]
    found = snippetstore.stale(snippetstore.load("2.5", root), snippetstore.seal(RELEASE, root),
                               {"page/a.py": "x", "page/b.py": "y"})
    assert found["snippets"] == ["page/a.py", "page/b.py"]


def test_stale_names_added_changed_and_removed_snippets():
    seal = {"runner": "r", "lock": "l", "extras": "e"}
    held = {"seal": seal, "snippets": {"a.py": {"source": "1"}, "gone.py": {"source": "2"},
                                        "b.py": {"source": "3"}}}
    assert snippetstore.stale(held, seal, {"a.py": "1", "b.py": "new", "c.py": "4"}) == {
        "seal": [], "snippets": ["b.py", "c.py", "gone.py"]}
    assert snippetstore.stale(None, seal, {"a.py": "1"}) == {"seal": ["no data"], "snippets": ["a.py"]}


def test_dump_is_one_snippet_per_line_and_loads_back(tmp_path):
    data = {"release": "2.5", "seal": {}, "snippets": {"b.py": {"outcome": "same"},
                                                      "a.py": {"outcome": "same"}}}
    text = snippetstore.dump(data)
    assert text.splitlines()[2].startswith('"a.py"')
    path = snippetstore.path_for("2.5", tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text(text)
    assert snippetstore.load("2.5", tmp_path) == data
