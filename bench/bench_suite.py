"""Warm ``./tfn test``, this checkout against a baseline commit, side by
side: total, each stage, and the slowest test files.

    .venvs/tools/bin/python bench/bench_suite.py [--runs N] [--baseline REV]

The baseline is a clone of this repository at REV (default d77cce5, the
suite before issue 16's speed work) in a temporary folder, set up with
``./tfn setup`` (it reuses the cached worlds of its locks). Runs are
interleaved (ours, baseline, ours, ...) so both share the machine's noise;
each is ``./tfn test --durations=0``, whose stage lines ("passed NAME in
N s") give each stage and whose durations, summed per file, give each
test file's time (under pytest-xdist a file's time is its tests' summed
run time on their workers, not a stretch of the wall clock). Writes
bench/suite.md (medians) and bench/suite.json (every run); asserts
nothing.
"""

import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Dict, List

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from bench_stats import median  # noqa: E402

STAGE_LINE = re.compile(r"^tfn: (?:passed|FAILED) (.+?) in ([\d.]+) s\b", re.M)
# pytest's --durations lines: "12.34s call     tests/meta/x.py::test[a]"
DURATION = re.compile(r"^([\d.]+)s (?:setup|call|teardown)\s+(tests/[^:\s]+)::", re.M)
TOP_FILES = 12
CORES = os.cpu_count() or 1


def say(msg: str) -> None:
    print("bench_suite: " + msg, file=sys.stderr, flush=True)


def clone_at(rev: str, dest: Path) -> Path:
    """A clone of this repository at ``rev``, its worlds linked."""
    subprocess.run(["git", "clone", "-q", "--no-checkout", str(ROOT), str(dest)], check=True)
    subprocess.run(["git", "-C", str(dest), "checkout", "-q", rev], check=True)
    subprocess.run([str(dest / "tfn"), "setup"], cwd=str(dest), check=True, capture_output=True)
    # The checks' Node packages, installed before any timed run (ours has them).
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=str(dest), check=True, capture_output=True)
    return dest


def busy_seconds() -> float:
    """CPU seconds the machine has spent busy since boot, summed over its
    cores (``/proc/stat``: every state but idle and iowait)."""
    with open("/proc/stat") as stat:
        ticks = [int(v) for v in stat.readline().split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def one_run(checkout: Path) -> dict:
    """One warm ``./tfn test --durations=0`` in ``checkout``, and the CPU
    the machine was busy with meanwhile (nothing else runs beside it)."""
    busy = busy_seconds()
    start = time.monotonic()
    run = subprocess.run([str(checkout / "tfn"), "test", "--durations=0"], cwd=str(checkout),
                         capture_output=True, text=True)
    took = time.monotonic() - start
    busy = busy_seconds() - busy
    out = run.stdout + run.stderr
    files: Dict[str, float] = defaultdict(float)
    for seconds, path in DURATION.findall(out):
        files[path] += float(seconds)
    return {"total": took, "busy": busy, "exit": run.returncode,
            "stages": {name: float(s) for name, s in STAGE_LINE.findall(out)},
            "files": dict(files), "tail": out[-1500:] if run.returncode else ""}


def medians(runs: List[dict], key: str) -> Dict[str, float]:
    names = {n for r in runs for n in r[key]}
    return {n: median([r[key][n] for r in runs if n in r[key]]) for n in names}


def table(ours: List[dict], base: List[dict]) -> List[str]:
    lines = ["| what | baseline | ours | ratio |", "| --- | --- | --- | --- |"]

    def add(name, b, o):
        ratio = "%.2f" % (o / b) if b == b and o == o and b else "—"
        cell = lambda v: "—" if v != v else "%.1f s" % v  # noqa: E731 - nan: not in that run
        lines.append("| %s | %s | %s | %s |" % (name, cell(b), cell(o), ratio))

    add("**warm `./tfn test`, wall clock**", median([r["total"] for r in base]), median([r["total"] for r in ours]))
    # The work itself: no schedule of it on these cores beats busy / cores.
    busy_b = median([r.get("busy", float("nan")) for r in base])
    busy_o = median([r.get("busy", float("nan")) for r in ours])
    add("CPU busy meanwhile, core-seconds (`/proc/stat`)", busy_b, busy_o)
    add("its lower bound on %d cores (busy / cores)" % CORES, busy_b / CORES, busy_o / CORES)
    stages_b, stages_o = medians(base, "stages"), medians(ours, "stages")
    for name in list(dict.fromkeys(list(stages_b) + list(stages_o))):
        add("stage: " + name, stages_b.get(name, float("nan")), stages_o.get(name, float("nan")))
    files_b, files_o = medians(base, "files"), medians(ours, "files")
    slowest = sorted(set(files_b) | set(files_o), key=lambda f: -max(files_b.get(f, 0), files_o.get(f, 0)))
    for path in slowest[:TOP_FILES]:
        add("file: `%s`" % path, files_b.get(path, float("nan")), files_o.get(path, float("nan")))
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", default="d77cce5")
    args = parser.parse_args(argv)
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bench-suite-") as work:
        base_root = clone_at(args.baseline, Path(work) / "baseline")
        ours, base = [], []
        for n in range(args.runs):
            for label, checkout, runs in (("ours", ROOT, ours), ("baseline", base_root, base)):
                runs.append(one_run(checkout))
                say("run %d/%d %s: %.0f s (exit %d)" % (n + 1, args.runs, label, runs[-1]["total"], runs[-1]["exit"]))
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                          capture_output=True, text=True).stdout.strip()
    failed = ["%s run %d exited %d" % (label, i + 1, r["exit"]) for label, runs in (("ours", ours), ("baseline", base))
              for i, r in enumerate(runs) if r["exit"]]
    # No heading: the Contributing page includes this under its own.
    text = ["Written by `bench/bench_suite.py`: %s UTC, %d interleaved runs each (medians), ours at %s "
            "(uncommitted changes included) vs the baseline %s, %d cores. A file's time is the sum of its "
            "tests' durations (setup, call, teardown); under pytest-xdist tests run side by side, so the "
            "stage's wall clock is less than its files' sum. Benchmark wall time %.0f s."
            % (datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), args.runs, head, args.baseline, CORES,
               time.monotonic() - began), ""]
    text += table(ours, base)
    if failed:
        text += ["", "Runs that did not pass: " + "; ".join(failed) + "."]
    (BENCH / "suite.md").write_text("\n".join(text) + "\n", encoding="utf-8")
    (BENCH / "suite.json").write_text(json.dumps({"ours": ours, "baseline": base}, indent=1) + "\n",
                                      encoding="utf-8")
    print("\n".join(text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
