"""Time of the full history check (``./tfn history --verify R`` for every
release: its seal, its world, a fresh extraction compared with the
committed data), each release side by side with its baseline, one bare
``import tensorflow`` in the same world, which every check pays.

    flock /tmp/tfnotes-heavy.lock python3 bench/bench_history.py --runs 3
    python3 bench/bench_history.py --runs 1 --releases 2.4,3.15 --snippets

``--snippets`` also times ``./tfn history --verify-snippets R`` (every
snippet of the release re-run in its world and compared with the store).

The worlds must be built (``./tfn history --update`` builds them); their
build is not timed here (bench/bench_worlds.py times world builds).
Every timing is added to ``bench/history.json`` and ``bench/history.md``
is rewritten from all of them (medians), so runs made one at a time add
up. Standard library only, like ./tfn.
"""

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from tfnotes.history import releases  # noqa: E402

RECORD = ROOT / "bench" / "history.json"
TABLE = ROOT / "bench" / "history.md"
LABELS = ("check", "bare import")
SNIPPETS = "snippets"


def _timed(cmd) -> float:
    start = time.monotonic()
    run = subprocess.run(cmd, cwd=str(ROOT), capture_output=True, text=True)
    took = time.monotonic() - start
    if run.returncode != 0:
        raise SystemExit("bench: %s failed (exit %d):\n%s" % (
            " ".join(cmd), run.returncode, (run.stdout + run.stderr)[-2000:]))
    return took


def commands(release: releases.Release, snippets: bool):
    out = {
        "check": [str(ROOT / "tfn"), "history", "--verify", release.name],
        "bare import": [str(release.world.python), "-c", "import tensorflow"],
    }
    if snippets:
        out[SNIPPETS] = [str(ROOT / "tfn"), "history", "--verify-snippets", release.name]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--releases", default="all", help="comma-separated names, or all")
    parser.add_argument("--snippets", action="store_true", help="also time --verify-snippets")
    args = parser.parse_args()
    chosen = [r for r in releases.RELEASES if args.releases == "all" or r.name in args.releases.split(",")]
    unknown = set(args.releases.split(",")) - {r.name for r in releases.RELEASES} - {"all"}
    if unknown:
        raise SystemExit("bench: unknown release(s) %s; known: %s" % (
            ", ".join(sorted(unknown)), ", ".join(releases.NAMES)))
    record = json.loads(RECORD.read_text()) if RECORD.exists() else {}
    for run in range(args.runs):
        for release in chosen:
            times = record.setdefault(release.name, {label: [] for label in LABELS})
            # Adjacent in time, so both see the same load.
            for label, cmd in commands(release, args.snippets).items():
                times.setdefault(label, []).append(round(_timed(cmd), 2))
            print("run %d, %s: check %.1f s, bare import %.1f s" % (
                run + 1, release.name, times["check"][-1], times["bare import"][-1]), flush=True)
        RECORD.write_text(json.dumps(record, indent=1) + "\n")
    TABLE.write_text(table(record))
    print(TABLE.read_text())
    return 0


def table(record: dict) -> str:
    """Medians of every recorded run, one row per release, and the sum."""
    lines = [
        "# The full history check, release by release",
        "",
        "Written by `bench/bench_history.py` from `bench/history.json` (medians; 2 cores). "
        "check: `./tfn history --verify R` (seal, world, fresh extraction compared with the "
        "committed data); bare import: `import tensorflow` in the same world; snippets: "
        "`./tfn history --verify-snippets R` (every snippet re-run in the release's world "
        "and compared with `data/history/snippets/R.json`), where measured.",
        "",
        "| release | check | bare import | ratio | snippets | runs |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    total = {label: 0.0 for label in LABELS}
    for name in releases.NAMES:
        times = record.get(name)
        if not times:
            continue
        med = {label: statistics.median(times[label]) for label in LABELS}
        for label in LABELS:
            total[label] += med[label]
        snippets = ("%.1f s" % statistics.median(times[SNIPPETS])) if times.get(SNIPPETS) else "—"
        lines.append("| %s | %.1f s | %.1f s | %.2f | %s | %d |" % (
            name, med["check"], med["bare import"], med["check"] / med["bare import"], snippets,
            min(len(times[label]) for label in LABELS)))
    if total["bare import"]:
        lines.append("| **all** | **%.0f s** | %.0f s | %.2f | | |" % (
            total["check"], total["bare import"], total["check"] / total["bare import"]))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
