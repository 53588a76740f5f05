"""tfnotes.cli.history: the release each commit re-extracts, and what a
re-extraction reports when it differs."""

from tfnotes.cli import history
from tfnotes.history import releases


def test_every_release_is_chosen_by_some_commit_and_always_the_same():
    n = len(releases.RELEASES)
    chosen = [history.rotating("%040x" % i).name for i in range(n)]
    assert chosen == list(releases.NAMES)
    assert history.rotating("%040x" % n).name == releases.NAMES[0]


def test_differences_name_the_apis():
    old = {"tensorflow": "2.4.4", "keras": "2.4.0",
           "apis": {"tf.keras.layers.Dense": {"params": [["units", "required"]]}}}
    new = {"tensorflow": "2.4.4", "keras": "2.4.0",
           "apis": {"tf.keras.layers.Dense": {"params": [["units", "1"]]}}}
    assert history.differences(old, old) == []
    assert history.differences(old, new) == ["tf.keras.layers.Dense differs"]
    assert history.differences(None, new) == ["no committed data"]


def test_packaging_regenerates_every_release_in_order(monkeypatch, tmp_path):
    """``./tfn history --packaging`` reads each release's world, in
    release order, and writes them all sealed (no world built here)."""
    from tfnotes import envs
    from tfnotes.cli import main, packaging
    from tfnotes.history import packaging_data

    read = []
    monkeypatch.setattr(packaging, "extract", lambda world: read.append(world.name) or {"tensorflow": {}})
    written = {}
    monkeypatch.setattr(packaging_data, "dump", lambda entries: written.setdefault("entries", entries) and "{}\n")
    monkeypatch.setattr(envs, "ROOT", tmp_path)
    (tmp_path / "data/history").mkdir(parents=True)
    monkeypatch.setattr(packaging_data, "sealed", lambda release, entry: dict(entry, release=release.name))
    assert history.main(main.parser().parse_args(["history", "--packaging"])) == 0
    assert read == ["release-" + name for name in releases.NAMES]
    assert [e["release"] for e in written["entries"]] == list(releases.NAMES)
    assert (tmp_path / packaging_data.FILE).read_text() == "{}\n"
