"""The committed packaging of every release (data/history/packaging.json):
sealed by its extractor and every release's lock, its facts derivable,
and the entries of the two main worlds' TensorFlows what a fresh read of
those worlds gives. ``./tfn history --packaging`` rewrites it."""

import pytest

from tfnotes import envs
from tfnotes.cli import packaging as packaging_cli
from tfnotes.history import packaging_data, packaging_facts


@pytest.fixture(scope="module")
def data():
    return packaging_data.load()


def test_seal_holds(data):
    problems = packaging_data.seal_problems(data)
    assert not problems, "\n".join(problems)


def test_every_fact_is_derived(data):
    found = packaging_facts.facts(data["releases"])
    assert set(found) == set(packaging_facts.FACTS) and all(
        found.values()
    ), found


@pytest.mark.parametrize("world", envs.WORLDS, ids=lambda w: w.name)
def test_a_main_world_reads_as_its_release(data, world):
    """The release with the main world's TensorFlow and Keras has the
    entry a fresh read of that world gives (the per-push check; every
    release is re-read by ./tfn history --packaging)."""
    fresh = packaging_cli.extract(world)
    same = [
        e
        for e in data["releases"]
        if (e["tensorflow"]["version"], e["tf_keras"]["version"])
        == (
            fresh["tensorflow"]["version"],
            fresh["tf_keras"]["version"],
        )
    ]
    assert same, (
        "no release of %s has TensorFlow %s with Keras %s (world %s): add it to releases.py"
        % (
            packaging_data.FILE,
            fresh["tensorflow"]["version"],
            fresh["tf_keras"]["version"],
            world.name,
        )
    )
    assert packaging_data.unsealed(same[-1]) == fresh, (
        "%s: release %s is stale; run ./tfn history --packaging"
        % (packaging_data.FILE, same[-1]["release"])
    )
