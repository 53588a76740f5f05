"""tfnotes.history.releases: one line per release, each with its lock."""

import pytest

from tfnotes import envs, locks
from tfnotes.history import releases


def _minor(version):
    return ".".join(version.split(".")[:2])


def test_names_are_unique_and_in_order():
    keys = [tuple(int(p) for p in name.split(".")) for name in releases.NAMES]
    assert keys == sorted(set(keys))


@pytest.mark.parametrize("release", releases.RELEASES, ids=lambda r: r.name)
def test_the_lock_pins_the_release_it_is_named_after(release):
    lock = envs.ROOT / release.lock
    assert lock.read_text().startswith(envs.lock_header(release.world)), (
        "%s was not made from releases.py: run ./tfn history --lock %s" % (release.lock, release.name))
    library = ("keras",) if release.name.startswith("3.") else ("tensorflow-cpu", "tensorflow")
    assert _minor(locks.pinned(lock, *library)) == release.name


def test_an_unknown_release_is_named_with_the_known_ones():
    with pytest.raises(KeyError, match="no release '9.9'.*known: 2.4, 2.5"):
        releases.named("9.9")
