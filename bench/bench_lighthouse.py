"""Lighthouse's four category scores per page type, ours beside a plain
mkdocs-material build of the same pages (bench_sites.py builds both).

    .venvs/tools/bin/python bench/bench_lighthouse.py [--runs 3]

Lighthouse is npm's ``lighthouse``, pinned in bench/package.json (it is
~185 MB, so only this script installs it: ``npm ci --prefix bench``), run
against Debian's Chromium with the project's flags. Each score is the
median of the runs; the table goes to bench/lighthouse.md.
"""

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import bench_browser
import bench_sites

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "src"))
from tfnotes.chromium import ARGS  # noqa: E402

TOOLS = ROOT / ".venvs" / "tools" / "bin"
RESULTS = BENCH / "lighthouse.md"
CATEGORIES = ["accessibility", "best-practices", "seo", "performance"]
# One page of each kind the issue names.
PAGE_TYPES = {
    "home": "",
    "API page": "api/layers-core/",
    "All defaults": "defaults/",
    "figure page": "activations/",
}


def lighthouse() -> Path:
    """The pinned lighthouse, installed from bench/package-lock.json."""
    exe = BENCH / "node_modules" / ".bin" / "lighthouse"
    if not exe.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--prefix", str(BENCH)], check=True)
    return exe


def scores(exe: Path, url: str, chromium: str) -> dict:
    flags = " ".join(ARGS + ["--headless=new"])
    out = subprocess.run(
        [str(exe), url, "--quiet", "--output=json", "--output-path=stdout",
         "--only-categories=" + ",".join(CATEGORIES), "--chrome-flags=" + flags],
        env=dict(os.environ, CHROME_PATH=chromium), capture_output=True, text=True, check=True)
    report = json.loads(out.stdout)
    return {c: round(100 * report["categories"][c]["score"]) for c in CATEGORIES}


def build_sites(work: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    ours, plain = work / "site-ours", work / "site-plain"
    config = bench_sites.make_plain_project(ROOT, work / "plain")
    for cmd, cwd in (
        (bench_sites.ours_command(str(TOOLS / "python"), str(TOOLS / "mkdocs"), ROOT, ours), ROOT),
        (bench_sites.plain_command(str(TOOLS / "mkdocs"), config, plain), work / "plain"),
    ):
        run = bench_sites.build_once(cmd, cwd, env)
        if run.returncode != 0:
            raise SystemExit("bench_lighthouse: build failed:\n%s%s" % (run.stdout, run.stderr))
    return {"ours": ours, "plain": plain}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    chromium = os.environ.get("TFNOTES_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    exe = lighthouse()
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        urls = {name: stack.enter_context(bench_browser.serve(site))[0]
                for name, site in build_sites(Path(tmp)).items()}
        lines = ["| page | category | ours | plain material |", "|---|---|---|---|"]
        for kind, path in PAGE_TYPES.items():
            runs = {name: [scores(exe, url + path, chromium) for _ in range(args.runs)]
                    for name, url in urls.items()}
            for category in CATEGORIES:
                ours, plain = (statistics.median(r[category] for r in runs[n]) for n in ("ours", "plain"))
                lines.append("| %s (`%s`) | %s | %g | %g |" % (kind, path or "/", category, ours, plain))
                print(lines[-1], flush=True)
    RESULTS.write_text(
        "Lighthouse %s category scores, median of %d runs per page "
        "(`bench/bench_lighthouse.py`).\n\n%s\n" % (
            json.loads((BENCH / "node_modules" / "lighthouse" / "package.json").read_text())["version"],
            args.runs, "\n".join(lines)),
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
