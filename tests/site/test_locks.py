"""The committed locks are the ones their requirements make: a bumped pin
in requirements/*.in that was not re-locked (./tfn does it) fails here."""

import pytest

from tfnotes import envs


@pytest.mark.parametrize("world", envs.WORLDS, ids=lambda w: w.name)
def test_lock_matches_its_requirements(world):
    lock = (envs.ROOT / world.lock).read_text()
    assert lock.startswith(envs._lock_header(world)), (
        "%s was not made from the current %s: run ./tfn setup to re-lock, then commit it"
        % (world.lock, world.lock.replace(".txt", ".in")))


@pytest.mark.parametrize("world", envs.WORLDS, ids=lambda w: w.name)
def test_every_pin_of_the_requirements_is_in_the_lock(world):
    lock = {line.split("==")[0].lower().replace("_", "-") : line.strip()
            for line in (envs.ROOT / world.lock).read_text().splitlines() if "==" in line}
    for line in (envs.ROOT / world.lock.replace(".txt", ".in")).read_text().splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            name = line.split("==")[0].split("[")[0].lower().replace("_", "-")
            assert lock.get(name, "").lower().replace("_", "-") == line.lower().replace("_", "-"), (
                "%s pins %s, the lock has %r" % (world.lock.replace(".txt", ".in"), line, lock.get(name)))
