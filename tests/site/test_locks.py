"""The committed locks are the ones their requirements make (a bumped pin
in requirements/*.in that was not re-locked fails here), every pin
carries hashes, and an install from a lock whose hash does not match the
file fails, naming the package."""

import re
import sys

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tfnotes import envs, locks, uv


@pytest.mark.parametrize("world", envs.LOCKED, ids=lambda w: w.name)
def test_lock_matches_its_requirements(world):
    lock = (envs.ROOT / world.lock).read_text()
    assert lock.startswith(envs.lock_header(world)), (
        "%s was not made from the current %s: run ./tfn lock, then commit it"
        % (world.lock, world.lock.replace(".txt", ".in")))


def _direct_requirements(world):
    path = envs.ROOT / world.lock.replace(".txt", ".in")
    lines = [line.split("#")[0].strip() for line in path.read_text().splitlines()]
    return world.lock.replace(".txt", ".in"), [Requirement(line) for line in lines if line]


@pytest.mark.parametrize("world", envs.LOCKED, ids=lambda w: w.name)
def test_every_requirement_is_in_the_lock_at_its_pin(world):
    lock = locks.read_pins(envs.ROOT / world.lock)
    source, requirements = _direct_requirements(world)
    assert requirements, "%s lists no requirement" % source
    problems = []
    for requirement in requirements:
        locked = lock.get(canonicalize_name(requirement.name))
        if locked is None:
            problems.append("%s: %s is not in %s" % (source, requirement, world.lock))
        elif not requirement.specifier.contains(locked, prereleases=True):
            problems.append("%s pins %s, %s has %s" % (source, requirement, world.lock, locked))
    assert not problems, "\n".join(problems) + "\nrun ./tfn lock"


@pytest.mark.parametrize("world", envs.LOCKED, ids=lambda w: w.name)
def test_every_pin_carries_a_hash(world):
    text = (envs.ROOT / world.lock).read_text()
    entries = re.findall(r"^(\S+==\S+)((?: \\\n    --hash=sha256:[0-9a-f]{64})*)", text, re.M)
    assert entries, "%s pins nothing" % world.lock
    bare = [pin for pin, hashes in entries if not hashes]
    assert not bare, "%s: pins without a hash: %s; run ./tfn lock" % (world.lock, ", ".join(bare))


def test_an_install_from_a_lock_with_one_altered_hash_fails_naming_the_package(tmp_path):
    # certifi: one small pure-Python wheel, one hash, in the tools lock.
    entry = re.search(r"^certifi==\S+ \\\n    --hash=sha256:([0-9a-f]{64})\n",
                      (envs.ROOT / envs.TOOLS.lock).read_text(), re.M)
    assert entry, "%s has no single-hash certifi entry to tamper with" % envs.TOOLS.lock
    digest = entry.group(1)
    binary = uv.binary(envs.ROOT, envs.cache_dir(), sys.executable)
    outcome = {}
    for name, text in (("intact", entry.group(0)), ("altered", entry.group(0).replace(digest, digest[::-1]))):
        lock, venv = tmp_path / ("%s.txt" % name), tmp_path / name
        lock.write_text(text)
        uv.create_venv(binary, sys.executable, venv)
        try:
            uv.install(binary, venv, [lock])
            outcome[name] = "installed"
        except uv.UvError as exc:
            outcome[name] = str(exc)
        outcome[name + " has certifi"] = any(venv.glob("lib/python*/site-packages/certifi/__init__.py"))
    assert outcome["intact"] == "installed" and outcome["intact has certifi"], outcome
    assert "certifi" in outcome["altered"] and "hash" in outcome["altered"].lower(), outcome
    assert not outcome["altered has certifi"], outcome
