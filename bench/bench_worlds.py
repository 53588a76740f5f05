"""Time to build each world from scratch (what ``CI=true`` does): the old
way (``python -m venv`` + ``pip install -r`` the pip-freeze lock of
commit a9bac08, with this machine's pip configuration) against the new
(``uv venv`` + ``uv pip install --require-hashes`` of the hashed lock,
from PyPI), uv once with an empty cache and once with a warm one.

    flock /tmp/tfnotes-heavy.lock python3 bench/bench_worlds.py --runs 1

Each scratch world is removed after it is timed (a TF world is ~1 GB).
Every timing is added to ``bench/worlds.json`` and ``bench/worlds.md``
is rewritten from all of them (medians), so runs made one at a time (a
world per call, to hold the shared machine's lock briefly) add up.
Standard library only, like ./tfn.
"""

import argparse
import json
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
RECORD = ROOT / "bench" / "worlds.json"
TABLE = ROOT / "bench" / "worlds.md"
LABELS = ("pip (old lock)", "uv, empty cache", "uv, warm cache")


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
    record = json.loads(RECORD.read_text()) if RECORD.exists() else {}
    for world in envs.WORLDS:
        if world.name not in args.worlds.split(","):
            continue
        base = pythons.find_python(exact=world.exact, at_least=world.at_least)
        binary = uv.binary(ROOT, envs.cache_dir(), base)
        old_lock = subprocess.run(["git", "show", "%s:%s" % (OLD_REV, world.lock)], cwd=str(ROOT),
                                  check=True, capture_output=True, text=True).stdout
        times = record.setdefault(world.name, {label: [] for label in LABELS})
        for run in range(args.runs):
            uv_cache = Path(tempfile.mkdtemp(prefix="bench-uv-cache-"))
            os.environ["UV_CACHE_DIR"] = str(uv_cache)
            try:
                for label in LABELS:
                    scratch = Path(tempfile.mkdtemp(prefix="bench-world-"))
                    try:
                        took = (old_way(base, old_lock, scratch) if label.startswith("pip")
                                else new_way(binary, base, ROOT / world.lock, scratch))
                    finally:
                        shutil.rmtree(str(scratch), ignore_errors=True)
                    times[label].append(round(took, 1))
                    print("%s run %d: %s %.1f s" % (world.name, run + 1, label, took), flush=True)
            finally:
                shutil.rmtree(str(uv_cache), ignore_errors=True)
        RECORD.write_text(json.dumps(record, indent=1) + "\n")
    TABLE.write_text(table(record))
    print(TABLE.read_text())
    return 0


def table(record: dict) -> str:
    """Medians of every recorded run, one row per world."""
    lines = [
        "# Building a world from scratch: pip (old way) and uv (new)",
        "",
        "Written by `bench/bench_worlds.py` from `bench/worlds.json` (medians; 2 cores). "
        "pip: `python -m venv` + `pip install -r` the pip-freeze lock of %s with this "
        "machine's pip configuration; uv: `uv venv --python` + `uv pip install --require-hashes "
        "--compile-bytecode` of the hashed lock, from PyPI, with an empty and a warm uv cache." % OLD_REV,
        "",
        "| world | %s | runs |" % " | ".join(LABELS),
        "| --- | --- | --- | --- | --- |",
    ]
    for name, times in sorted(record.items()):
        lines.append("| %s | %s | %d |" % (
            name, " | ".join("%.1f s" % statistics.median(times[label]) for label in LABELS),
            min(len(times[label]) for label in LABELS)))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
