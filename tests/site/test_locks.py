"""The committed locks are the ones their requirements make: a bumped pin
in requirements/*.in that was not re-locked (./tfn does it) fails here."""

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tfnotes import envs


@pytest.mark.parametrize("world", envs.WORLDS, ids=lambda w: w.name)
def test_lock_matches_its_requirements(world):
    lock = (envs.ROOT / world.lock).read_text()
    assert lock.startswith(envs._lock_header(world)), (
        "%s was not made from the current %s: run ./tfn setup to re-lock, then commit it"
        % (world.lock, world.lock.replace(".txt", ".in")))


def _direct_requirements(world):
    path = envs.ROOT / world.lock.replace(".txt", ".in")
    lines = [line.split("#")[0].strip() for line in path.read_text().splitlines()]
    return world.lock.replace(".txt", ".in"), [Requirement(line) for line in lines if line]


@pytest.mark.parametrize("world", envs.WORLDS, ids=lambda w: w.name)
def test_every_requirement_is_in_the_lock_at_its_pin(world):
    lock = {}
    for line in (envs.ROOT / world.lock).read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.strip().split("==", 1)
            lock[canonicalize_name(name)] = version
    source, requirements = _direct_requirements(world)
    assert requirements, "%s lists no requirement" % source
    problems = []
    for requirement in requirements:
        locked = lock.get(canonicalize_name(requirement.name))
        if locked is None:
            problems.append("%s: %s is not in %s" % (source, requirement, world.lock))
        elif not requirement.specifier.contains(locked, prereleases=True):
            problems.append("%s pins %s, %s has %s" % (source, requirement, world.lock, locked))
    assert not problems, "\n".join(problems) + "\nrun ./tfn setup to re-lock"
