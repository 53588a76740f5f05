"""Time to build each world from scratch (what ``CI=true`` does): the old
way (``python -m venv`` + ``pip install -r`` the pip-freeze lock of
commit a9bac08, with this machine's pip configuration) against the new
(``uv venv`` + ``uv pip install --require-hashes`` of the hashed lock,
from PyPI), uv once with an empty cache and once with a warm one.

    flock /tmp/tfnotes-heavy.lock python3 bench/bench_worlds.py --runs 1

Each scratch world is removed after it is timed (a TF world is ~1 GB).
Prints a Markdown table of medians; standard library only, like ./tfn.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tfnotes import envs, pythons, uv  # noqa: E402

OLD_REV = "a9bac08"  # the last commit whose worlds pip built


def _timed(steps) -> float:
    start = time.monotonic()
    for step in steps:
        subprocess.run(step, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - start


def old_way(base: str, lock_text: str, scratch: Path) -> float:
    venv, lock = scratch / "venv", scratch / "old-lock.txt"
    lock.write_text(lock_text)
    return _timed([
        [base, "-m", "venv", str(venv)],
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "-r", str(lock)],
    ])


def new_way(binary: str, base: str, lock: Path, scratch: Path) -> float:
    venv = scratch / "venv"
    start = time.monotonic()
    uv.create_venv(binary, base, venv)
    uv.install(binary, venv, [lock])
    return time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--worlds", default="tf24,tools")
    args = parser.parse_args()
    rows = []
    for world in envs.WORLDS:
        if world.name not in args.worlds.split(","):
            continue
        base = pythons.find_python(exact=world.exact, at_least=world.at_least)
        binary = uv.binary(ROOT, envs.cache_dir(), base)
        old_lock = subprocess.run(["git", "show", "%s:%s" % (OLD_REV, world.lock)], cwd=str(ROOT),
                                  check=True, capture_output=True, text=True).stdout
        times = {"pip (old lock)": [], "uv, empty cache": [], "uv, warm cache": []}
        for run in range(args.runs):
            uv_cache = Path(tempfile.mkdtemp(prefix="bench-uv-cache-"))
            os.environ["UV_CACHE_DIR"] = str(uv_cache)
            try:
                for label in times:
                    scratch = Path(tempfile.mkdtemp(prefix="bench-world-"))
                    try:
                        took = (old_way(base, old_lock, scratch) if label.startswith("pip")
                                else new_way(binary, base, ROOT / world.lock, scratch))
                    finally:
                        shutil.rmtree(str(scratch), ignore_errors=True)
                    times[label].append(took)
                    print("%s run %d: %s %.1f s" % (world.name, run + 1, label, took), flush=True)
            finally:
                shutil.rmtree(str(uv_cache), ignore_errors=True)
        rows.append((world.name, {k: statistics.median(v) for k, v in times.items()}))
    print("\n| world | pip (old way) | uv, empty cache | uv, warm cache | runs |")
    print("| --- | --- | --- | --- | --- |")
    for name, medians in rows:
        print("| %s | %.1f s | %.1f s | %.1f s | %d |" % (
            name, medians["pip (old lock)"], medians["uv, empty cache"], medians["uv, warm cache"], args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
