"""The per-worker memory cgroup: children that each fit under a cap but
not together are killed by it, counted, and nothing is left behind (a
real cgroup where this machine allows one; no TensorFlow needed)."""

import os
import subprocess
import sys

import pytest

from tfnotes.harness import memcgroup

MIB = 1 << 20
# Forks 3 children that each touch argv[1] MiB and hold it for a moment.
FORKS = r"""
import os, sys, time
size = int(sys.argv[1]) << 20
children = []
for _ in range(3):
    pid = os.fork()
    if pid == 0:
        block = bytearray(size)
        block[::4096] = b"x" * len(block[::4096])
        time.sleep(1.5)
        os._exit(0)
    children.append(pid)
print(os.getpid(), *children, flush=True)
for pid in children:
    os.waitpid(pid, 0)
"""

needs_cgroup = pytest.mark.skipif(
    bool(memcgroup.unavailable()), reason=memcgroup.unavailable()
)


def _run_in(cgroup, mib_each: int):
    run = subprocess.run(
        [sys.executable, "-c", FORKS, str(mib_each)],
        preexec_fn=cgroup.enter,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return [int(pid) for pid in run.stdout.split()]


def _alive(pid: int) -> bool:
    try:
        with open("/proc/%d/stat" % pid) as stat:
            return stat.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


@needs_cgroup
def test_children_over_the_cap_together_are_killed_and_counted():
    cgroup = memcgroup.for_worker(300 * MIB)
    try:
        # 3 x 150 MiB: each under the 300 MiB cap, together over it
        pids = _run_in(cgroup, 150)
        assert cgroup.oom_kills() >= 1
    finally:
        cgroup.remove()
    assert not cgroup.path.exists()
    assert not [pid for pid in pids if _alive(pid)]


@needs_cgroup
def test_children_under_the_cap_together_are_not_killed():
    cgroup = memcgroup.for_worker(300 * MIB)
    try:
        _run_in(cgroup, 40)
        assert cgroup.oom_kills() == 0
    finally:
        cgroup.remove()


@needs_cgroup
def test_removing_it_ends_what_is_still_inside():
    cgroup = memcgroup.for_worker(300 * MIB)
    sleeper = subprocess.Popen(["sleep", "60"], preexec_fn=cgroup.enter)
    cgroup.remove()
    assert sleeper.wait(timeout=10) == -9
    assert not cgroup.path.exists()


def test_it_is_made_or_the_reason_is_one_line():
    said = memcgroup.unavailable()
    assert "\n" not in said
    if said:
        assert said.startswith("tfnotes: no memory cap per worker")
        assert memcgroup.for_worker(300 * MIB) is None
    else:
        cgroup = memcgroup.for_worker(300 * MIB)
        assert cgroup is not None and cgroup.path.is_dir()
        cgroup.remove()
        assert os.path.basename(str(cgroup.path)).startswith("tfnotes-")
