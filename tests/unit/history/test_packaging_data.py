"""tfnotes.history.packaging_data: the seal of data/history/packaging.json
sees a changed extractor, a changed lock and a missing release."""

import json

import pytest

from tfnotes.history import packaging_data, releases


@pytest.fixture
def root(tmp_path):
    (tmp_path / "src/tfnotes/history").mkdir(parents=True)
    (tmp_path / packaging_data.EXTRACTOR).write_text(
        "# the extractor\n"
    )
    (tmp_path / "requirements/releases").mkdir(parents=True)
    for release in releases.RELEASES:
        (tmp_path / release.lock).write_text(
            "tensorflow-cpu==%s\n" % release.name
        )
    entries = [
        packaging_data.sealed(
            r, {"tensorflow": {"version": r.name}}, tmp_path
        )
        for r in releases.RELEASES
    ]
    (tmp_path / "data/history").mkdir(parents=True)
    (tmp_path / packaging_data.FILE).write_text(
        packaging_data.dump(entries, tmp_path)
    )
    return tmp_path


def test_fresh_data_is_sealed_and_round_trips(root):
    data = packaging_data.load(root)
    assert packaging_data.seal_problems(data, root) == []
    assert [e["release"] for e in packaging_data.entries(root)] == list(
        releases.NAMES
    )
    assert packaging_data.unsealed(data["releases"][0]) == {
        "tensorflow": {"version": releases.NAMES[0]}
    }


def test_a_changed_extractor_breaks_the_seal(root):
    (root / packaging_data.EXTRACTOR).write_text("# changed\n")
    assert packaging_data.seal_problems(
        packaging_data.load(root), root
    ) == [
        "src/tfnotes/history/packaging.py changed since data/history/packaging.json was made; "
        "run ./tfn history --packaging"
    ]


def test_a_changed_lock_is_named(root):
    lock = releases.RELEASES[3].lock
    (root / lock).write_text("tensorflow-cpu==9.9\n")
    problems = packaging_data.seal_problems(
        packaging_data.load(root), root
    )
    assert problems == [
        "%s changed since data/history/packaging.json was made; "
        "run ./tfn history --packaging" % lock
    ]


def test_a_missing_release_is_named(root):
    data = packaging_data.load(root)
    data["releases"].pop()
    (root / packaging_data.FILE).write_text(json.dumps(data))
    problems = packaging_data.seal_problems(
        packaging_data.load(root), root
    )
    assert len(problems) == 1 and "has releases" in problems[0], (
        problems
    )


def test_no_file_no_entries_and_a_clear_error_on_load(tmp_path):
    assert packaging_data.entries(tmp_path) == []
    with pytest.raises(
        FileNotFoundError, match="run ./tfn history --packaging"
    ):
        packaging_data.load(tmp_path)
