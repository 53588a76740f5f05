"""Side-by-side benchmark of tfnotes against its baselines.

    .venvs/tools/bin/python bench/benchmark.py [--runs N] [--quick] [--only 1,3]

Run from anywhere (paths are resolved from this file); builds what it
needs itself, in temporary directories. Every measurement is the median of
N runs with its baseline measured in the same invocation, interleaved
(ours, baseline, ours, baseline, ...) so both share the machine's noise.
Nothing here asserts: it prints a Markdown table and writes it, with the
date, machine and exact command, to bench/results.md (overwritten).

1. snippet suite in one process (pytest + the harness) vs one process per
   snippet (``python <file>`` in a temp cwd, sequentially);
2. the suite vs its bound: one TF import + the snippets' own compute
   (bench/snippet_driver.py), target ratio <= 1.3;
3. ``mkdocs build --strict`` with the project's config vs a plain
   mkdocs-material build of the same pages, target ratio <= 1.5;
4. bytes of the first page load, ours vs plain (Chromium), target <= 1.1;
5. search latency, last key press to first visible result, target <= 200 ms;
6. ``./tfn check`` of one changed snippet, warm (ruff, source checks, both
   worlds side by side) vs the two plain single-world pytest runs of it,
   one after the other, target <= 15 s;
7. first load of each page that shows figures, scrolled to the end (so its
   lazily loaded figures load), ours vs the same page built plain;
8. the whole ``./tfn test``, warm, with each stage's share (the stages'
   own "passed ... in N s" lines), only when asked (``--only 8``);
9. the whole-API extraction (``python -m tfnotes.api``) per world, seconds,
   side by side with that world's bare TensorFlow import.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
TF24_PY = ROOT / ".venvs" / "tf24" / "bin" / "python"
TOOLS_PY = ROOT / ".venvs" / "tools" / "bin" / "python"
MKDOCS = ROOT / ".venvs" / "tools" / "bin" / "mkdocs"
RESULTS = BENCH / "results.md"
CHECKED_SNIPPET = "snippets/utils/to_categorical.py"  # measurement 6
SNIPPET_TIMEOUT = 300  # seconds one snippet process may take in the baseline

sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT / "src"))

import bench_sites  # noqa: E402
from bench_stats import median  # noqa: E402


def say(msg: str) -> None:
    print("bench: " + msg, file=sys.stderr, flush=True)


def env() -> dict:
    """The environment ./tfn gives its stages, for every timed command."""
    e = dict(os.environ)
    # The worlds name no checkout; ./tfn puts this one's src/ on the path.
    e["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src")] + [p for p in e.get("PYTHONPATH", "").split(os.pathsep) if p])
    e["TFNOTES_TF24_PYTHON"] = str(TF24_PY)
    e["TFNOTES_TOOLS_PYTHON"] = str(TOOLS_PY)
    e.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    e.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    e.setdefault("NO_MKDOCS_2_WARNING", "1")
    return e


LOG: List[str] = []  # every timed command and its output, for --log


def timed(cmd: List[str], cwd: Path, timeout: Optional[float] = None):
    """Run ``cmd``; return (seconds, CompletedProcess)."""
    start = time.perf_counter()
    try:
        run = subprocess.run(cmd, cwd=str(cwd), env=env(), capture_output=True,
                             text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr
        run = subprocess.CompletedProcess(cmd, -9, out or "", (err or "") + "\n(timed out)")
    took = time.perf_counter() - start
    LOG.append("$ %s  # cwd %s, exit %s, %.3f s\n%s%s" % (
        " ".join(shlex.quote(str(c)) for c in cmd[:8]) + (" ..." if len(cmd) > 8 else ""),
        cwd, run.returncode, took, run.stdout[-4000:], run.stderr[-4000:]))
    return took, run




# --------------------------------------------------------------- snippets


def snippet_files() -> List[Path]:
    """The snippets the harness collects on TF 2.4, in pytest's order."""
    from tfnotes import snippet

    snippets = ROOT / "snippets"
    found = [s.path for s in snippet.discover(ROOT) if s.runs_on(keras3=False)]
    # pytest visits a directory's files before its subdirectories, each sorted.
    return sorted(found, key=lambda p: (p.parent.relative_to(snippets).parts, p.name))


def pytest_counts(output: str) -> Dict[str, int]:
    counts = {}
    for number, word in re.findall(r"(\d+) (passed|failed|errors?|skipped)", output):
        counts[word] = counts.get(word, 0) + int(number)
    return counts


DECLARES = re.compile(r"^#\s*Raises\s+\w", re.M)


def measure_snippets(runs: int, want1: bool, want2: bool, notes: List[str]) -> dict:
    """Each round: the suite, then the bound's import and compute (so the
    pair of measurement 2 is adjacent in time), then one process per
    snippet. The snippet list is re-read every round: it grows while
    others work."""
    say("snippets: %d files on TF 2.4 (measurements %s)" % (
        len(snippet_files()), ",".join(k for k, w in (("1", want1), ("2", want2)) if w)))
    out: Dict[str, list] = {k: [] for k in (
        "suite", "suite_avg", "perproc", "perproc_avg", "imports", "compute", "ratio2", "n")}
    per_snippet: Dict[str, List[float]] = {}
    proc_failures: Dict[str, int] = {}
    suite_cmd = [str(TF24_PY), "-m", "pytest", "snippets", "-q", "-p", "no:cacheprovider"]
    files: List[Path] = []
    for r in range(runs):
        files = snippet_files()
        out["n"].append(len(files))
        took, run = timed(suite_cmd, ROOT)
        counts = pytest_counts(run.stdout + run.stderr)
        items = counts.get("passed", 0) + counts.get("failed", 0)
        out["suite"].append(took)
        out["suite_avg"].append(took / (items or len(files) or 1))
        if run.returncode != 0:
            notes.append("run %d: the pytest suite exited %d (%s); timed anyway" % (
                r + 1, run.returncode, ", ".join("%d %s" % (v, k) for k, v in sorted(counts.items())) or "no summary"))
        if items and items != len(files):
            notes.append("run %d: pytest ran %d snippet items, the baselines %d files" % (r + 1, items, len(files)))
        say("  run %d/%d suite (in-process, %d items): %.2f s" % (r + 1, runs, items, took))
        if want2:
            t, _ = timed([str(TF24_PY), "-c", "import tensorflow"], ROOT)
            _, drv = timed([str(TF24_PY), str(BENCH / "snippet_driver.py")] + [str(f) for f in files], ROOT)
            try:
                data = json.loads(drv.stdout.strip().splitlines()[-1])
            except (ValueError, IndexError):
                tail = (drv.stderr.strip().splitlines() or ["no output"])[-1]
                notes.append("run %d: snippet_driver.py failed (%s); run left out of 2" % (r + 1, tail))
                say("  run %d/%d snippet_driver.py FAILED: %s" % (r + 1, runs, tail))
            else:
                comp = sum(item["seconds"] for item in data["snippets"])
                for item in data["snippets"]:
                    per_snippet.setdefault(item["path"], []).append(item["seconds"])
                out["imports"].append(t)
                out["compute"].append(comp)
                out["ratio2"].append(took / (t + comp))
                say("  run %d/%d bound: import %.2f s + compute %.2f s" % (r + 1, runs, t, comp))
        if want1:
            total = 0.0
            for path in files:
                with tempfile.TemporaryDirectory(prefix="bench-proc-") as tmp:
                    # -I: without it the snippet's own folder comes first on
                    # sys.path, and snippets/tensor/numpy.py shadows numpy.
                    t, proc = timed([str(TF24_PY), "-I", str(path)], Path(tmp), timeout=SNIPPET_TIMEOUT)
                total += t
                if proc.returncode != 0:
                    proc_failures[str(path)] = proc.returncode
            out["perproc"].append(total)
            out["perproc_avg"].append(total / (len(files) or 1))
            say("  run %d/%d one process per snippet (%d files): %.2f s" % (r + 1, runs, len(files), total))
    if want1:
        declared = [f for f in files if DECLARES.search(f.read_text(encoding="utf-8"))]
        unexpected = [p for p in proc_failures if Path(p).exists()
                      and not DECLARES.search(Path(p).read_text(encoding="utf-8"))]
        notes.append("one process per snippet: %d of %d exited non-zero (%d declare "
                     "'# Raises X on purpose')" % (len(proc_failures), len(files), len(declared)))
        if unexpected:
            notes.append("exited non-zero without declaring it: "
                         + ", ".join(str(Path(p).relative_to(ROOT)) for p in unexpected))
    out["slowest"] = sorted(((median(v), k) for k, v in per_snippet.items() if v), reverse=True)[:3]
    return out


# --------------------------------------------------------------- builds


def measure_builds(runs: int, work: Path, notes: List[str]) -> dict:
    config = bench_sites.make_plain_project(ROOT, work / "plain")
    ours_site, plain_site = work / "site-ours", work / "site-plain"
    ours_cmd = bench_sites.ours_command(str(TOOLS_PY), str(MKDOCS), ROOT, ours_site)
    plain_cmd = bench_sites.plain_command(str(MKDOCS), config, plain_site)
    ours, plain = [], []
    ok = {"ours": True, "plain": True}
    for r in range(runs):
        t, run = timed(ours_cmd, ROOT)
        ours.append(t)
        ok["ours"] = ok["ours"] and run.returncode == 0
        if run.returncode != 0:
            notes.append("run %d: the strict build failed (exit %d): %s" % (
                r + 1, run.returncode, (run.stdout + run.stderr).strip().splitlines()[-1:] or ""))
        t2, run2 = timed(plain_cmd, work / "plain")
        plain.append(t2)
        ok["plain"] = ok["plain"] and run2.returncode == 0
        if run2.returncode != 0:
            notes.append("run %d: the plain build failed: %s" % (r + 1, (run2.stderr or "").strip()[-300:]))
        say("  run %d/%d build: ours (strict) %.2f s, plain %.2f s" % (r + 1, runs, t, t2))
    return {"ours": ours, "plain": plain, "ok": ok, "sites": (ours_site, plain_site)}


def ensure_sites(work: Path, builds: Optional[dict], notes: List[str]):
    """Built sites for measurements 4 and 5 (from 3 if it ran)."""
    if builds and all(builds["ok"].values()):
        return builds["sites"]
    say("building both sites once for the browser measurements")
    config = bench_sites.make_plain_project(ROOT, work / "plain")
    ours_site, plain_site = work / "site-ours", work / "site-plain"
    run = bench_sites.build_once(bench_sites.ours_command(str(TOOLS_PY), str(MKDOCS), ROOT, ours_site), ROOT, env())
    if run.returncode != 0:
        run = bench_sites.build_once([str(MKDOCS), "build", "--clean", "--site-dir", str(ours_site)], ROOT, env())
        if run.returncode == 0:
            notes.append("the strict build failed, so 4 and 5 use a non-strict build of ours")
        else:
            if not (ROOT / "site" / "index.html").exists():
                raise SystemExit("bench: cannot build the site:\n" + run.stdout + run.stderr)
            last = (run.stdout + run.stderr).strip().splitlines()[-1:]
            notes.append("ours cannot be built now (%s): 4 and 5 use the project's existing site/"
                         % (last[0] if last else "no output"))
            ours_site = ROOT / "site"
    run = bench_sites.build_once(bench_sites.plain_command(str(MKDOCS), config, plain_site), work / "plain", env())
    if run.returncode != 0:
        raise SystemExit("bench: cannot build the plain site:\n" + run.stderr)
    return ours_site, plain_site


# --------------------------------------------------------------- check


def measure_check(runs: int, notes: List[str]) -> dict:
    """``./tfn check PATH`` against running PATH (with its Keras 3
    variant, as check does) in each world by hand, one after the other.
    One untimed run first, so both sides are warm."""
    from tfnotes.snippet import from_path

    snippet = from_path(Path(CHECKED_SNIPPET), ROOT)
    files = [s.display for s in (snippet, snippet.variant) if s.path.is_file()]
    ours_cmd = [str(ROOT / "tfn"), "check", CHECKED_SNIPPET]
    base_cmds = [[str(py), "-m", "pytest", "-q", "-p", "no:cacheprovider"] + files for py in (TF24_PY, TOOLS_PY)]
    timed(ours_cmd, ROOT)
    ours, base = [], []
    for r in range(runs):
        t, run = timed(ours_cmd, ROOT)
        ours.append(t)
        if run.returncode != 0:
            last = (run.stdout + run.stderr).strip().splitlines()[-1:]
            notes.append("6. run %d: ./tfn check exited %d (%s)" % (r + 1, run.returncode, last[0] if last else "no output"))
        total = 0.0
        for cmd in base_cmds:
            t2, run2 = timed(cmd, ROOT)
            total += t2
            if run2.returncode != 0:
                notes.append("6. run %d: the plain pytest run exited %d" % (r + 1, run2.returncode))
        base.append(total)
        say("  run %d/%d check: ./tfn check %.2f s, two plain pytest runs %.2f s" % (r + 1, runs, t, total))
    notes.append("6. the snippet is named on the command line (%s); with no path, check asks git status "
                 "what changed, which adds one git call" % " ".join(files))
    return {"ours": ours, "plain": base}


def measure_whole_test(runs: int, notes: List[str]) -> dict:
    """``./tfn test`` as CI runs it, warm: total and each stage's time."""
    total: List[float] = []
    stages: Dict[str, List[float]] = {}
    for r in range(runs):
        took, run = timed([str(ROOT / "tfn"), "test"], ROOT, timeout=3600)
        total.append(took)
        out = run.stdout + run.stderr
        for name, seconds in re.findall(r"^tfn: (?:passed|FAILED) (.+?) in ([\d.]+) s\b", out, re.M):
            stages.setdefault(name, []).append(float(seconds))
        if run.returncode != 0:
            notes.append("8. run %d: ./tfn test exited %d" % (r + 1, run.returncode))
        say("  run %d/%d: ./tfn test %.0f s" % (r + 1, runs, took))
    return {"total": total, "stages": stages}


# --------------------------------------------------------------- extraction

EXTRACTED = re.compile(r"(\d+) APIs, (\d+) parameters .*import ([\d.]+) s, extraction ([\d.]+) s")


def measure_extraction(runs: int, work: Path, notes: List[str]) -> dict:
    """``python -m tfnotes.api <copy>`` in each world (into a copy of the
    project's data/api, which Keras 3's run reads TF 2.4's from), and the
    world's ``import tensorflow`` alone."""
    import shutil

    root = work / "extract-root"
    (root / "data" / "api").mkdir(parents=True, exist_ok=True)
    shutil.copy2(str(ROOT / "data" / "api" / "tf24.json"), str(root / "data" / "api" / "tf24.json"))
    out: Dict[str, dict] = {w: {"total": [], "extraction": [], "import": [], "counts": ""}
                            for w in ("tf24", "keras3")}
    for r in range(runs):
        for world, py in (("tf24", TF24_PY), ("keras3", TOOLS_PY)):
            took, run = timed([str(py), "-m", "tfnotes.api", str(root)], ROOT)
            found = EXTRACTED.search(run.stdout)
            if run.returncode != 0 or not found:
                notes.append("9. run %d: %s extraction failed: %s" % (
                    r + 1, world, (run.stdout + run.stderr).strip().splitlines()[-1:]))
                continue
            out[world]["total"].append(took)
            out[world]["extraction"].append(float(found.group(4)))
            out[world]["counts"] = "%s APIs, %s parameters" % found.group(1, 2)
            t, _ = timed([str(py), "-c", "import tensorflow"], ROOT)
            out[world]["import"].append(t)
            say("  run %d/%d %s: extraction %.2f s (process %.2f s), bare import %.2f s" % (
                r + 1, runs, world, float(found.group(4)), took, t))
    return out


# --------------------------------------------------------------- report


def fmt(value: float, unit: str) -> str:
    if value != value:  # nan
        return "n/a"
    if unit == "s":
        return "%.2f s" % value
    if unit == "ms":
        return "%.0f ms" % value
    if unit == "B":
        return "{:,} B".format(int(value))
    return "%.3g" % value


def row(measure: str, ours: float, base: float, unit: str, target: Optional[float] = None,
        target_on: str = "ratio", ours_extra: str = "", base_extra: str = "") -> str:
    ratio = ours / base if base and base == base and ours == ours else float("nan")
    if target is None:
        tgt = "—"
    else:
        value = ratio if target_on == "ratio" else ours
        shown = ("<= %.1f" % target) if target_on == "ratio" else ("<= %s" % fmt(target, unit))
        tgt = "%s (%s)" % (shown, "met" if value <= target else "MISSED")
    return "| %s | %s%s | %s%s | %s | %s |" % (
        measure, fmt(ours, unit), ours_extra, fmt(base, unit), base_extra,
        "n/a" if ratio != ratio else "%.2f" % ratio, tgt)


def world_stamps() -> List[float]:
    """When each world was last (re)built, to notice a rebuild mid-run."""
    out = []
    for world in ("tf24", "tools"):
        try:
            out.append((ROOT / ".venvs" / world / ".tfnotes-stamp").stat().st_mtime)
        except OSError:
            out.append(0.0)
    return out


def raw_runs(results: dict) -> List[str]:
    def seq(values, unit="s"):
        return ", ".join(fmt(v, unit) for v in values)

    out = []
    s = results.get("snippets")
    if s:
        out.append("- suite (pytest, in-process): " + seq(s["suite"]))
        if s["perproc"]:
            out.append("- one process per snippet: " + seq(s["perproc"]))
        if s["imports"]:
            out.append("- TF import: " + seq(s["imports"]))
            out.append("- snippets' own compute: " + seq(s["compute"]))
    b = results.get("builds")
    if b:
        out.append("- build, ours: " + seq(b["ours"]))
        out.append("- build, plain: " + seq(b["plain"]))
    by = results.get("bytes")
    if by:
        out.append("- first load, ours: " + seq(by["ours"], "B"))
        out.append("- first load, plain: " + seq(by["plain"], "B"))
    c = results.get("check")
    if c:
        out.append("- ./tfn check one snippet: " + seq(c["ours"]))
        out.append("- two plain single-world pytest runs of it: " + seq(c["plain"]))
    se = results.get("search")
    if se:
        for key in ("ours_runs", "plain_runs"):
            out.append("- search %s (median/p90 per run): %s" % (key.split("_")[0], ", ".join(
                "%.0f/%.0f ms" % pair for pair in se[key])))
    return out


def versions() -> Dict[str, str]:
    code = (
        "import sys, importlib\n"
        "try:\n    import importlib.metadata as md\nexcept ImportError:\n    md = None\n"
        "out = [sys.version.split()[0]]\n"
        "for names in (('tensorflow', 'tensorflow-cpu', 'tensorflow_cpu'), ('mkdocs',), ('mkdocs-material',), ('playwright',)):\n"
        "    v = '-'\n"
        "    for n in names:\n"
        "        try:\n            v = md.version(n); break\n        except Exception:\n            pass\n"
        "    out.append(v)\n"
        "print(' '.join(out))\n"
    )
    info = {}
    for world, py in (("tf24", TF24_PY), ("tools", TOOLS_PY)):
        out = subprocess.run([str(py), "-c", code], capture_output=True, text=True).stdout.split()
        info[world] = out if len(out) == 5 else ["?"] * 5
    return info


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=None, help="runs per measurement (default 5; 1 with --quick)")
    parser.add_argument("--quick", action="store_true", help="one run per measurement, fewer search queries")
    parser.add_argument("--only", default="1,2,3,4,5,6,7,9", help="comma-separated measurements to run, e.g. 1,3 "
                        "(8, the whole ./tfn test, only when asked: it takes minutes a run)")
    parser.add_argument("--suite-runs", type=int, default=None,
                        help="runs of measurement 8, the whole ./tfn test (default: --runs)")
    parser.add_argument("--log", metavar="FILE", help="also write every timed command and its output to FILE")
    args = parser.parse_args(argv)
    runs = args.runs or (1 if args.quick else 5)
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    if not only <= {"1", "2", "3", "4", "5", "6", "7", "8", "9"}:
        parser.error("--only takes numbers from 1 to 9")
    for exe in (TF24_PY, TOOLS_PY, MKDOCS):
        if not exe.exists():
            parser.error("%s is missing: run ./tfn setup first" % exe)

    check = subprocess.run([str(TF24_PY), "-c", "import tensorflow"], env=env(), capture_output=True, text=True)
    if check.returncode != 0 and only & {"1", "2"}:
        parser.error("the tf24 world cannot import tensorflow (being rebuilt? try ./tfn setup): "
                     + (check.stderr.strip().splitlines() or ["?"])[-1])
    stamps = world_stamps()
    began = time.perf_counter()
    started = datetime.datetime.now().astimezone()
    notes: List[str] = []
    rows: List[str] = []
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="tfnotes-bench-") as tmp:
        work = Path(tmp)
        if "1" in only or "2" in only:
            results["snippets"] = measure_snippets(runs, "1" in only, "2" in only, notes)
        if "3" in only:
            say("builds: ours (strict) vs plain material, %d runs" % runs)
            results["builds"] = measure_builds(runs, work, notes)
        if "4" in only or "5" in only or "7" in only:
            import bench_browser

            ours_site, plain_site = ensure_sites(work, results.get("builds"), notes)
            if "4" in only:
                say("first page load bytes, %d runs" % runs)
                results["bytes"] = bench_browser.measure_bytes(ours_site, plain_site, runs, notes)
                default_site = work / "site-default-theme"
                run = bench_sites.build_once(
                    bench_sites.default_theme_command(str(MKDOCS), ROOT, default_site), ROOT, env())
                if run.returncode != 0:
                    raise SystemExit("bench: cannot build the default-theme site:\n" + run.stderr)
                say("first page load bytes, same pages with material's default theme settings, %d runs" % runs)
                results["bytes_theme"] = bench_browser.measure_bytes(ours_site, default_site, runs, notes)
            if "7" in only:
                say("figure pages, first load scrolled to the end, %d runs" % runs)
                results["figure_pages"] = bench_browser.measure_figure_pages(ours_site, plain_site, runs, notes)
            if "5" in only:
                say("search latency, %d runs" % runs)
                results["search"] = bench_browser.measure_search(
                    ours_site, plain_site, runs, 10 if args.quick else 20, notes)
        if "6" in only:
            say("./tfn check of one snippet vs plain pytest in each world, %d runs" % runs)
            results["check"] = measure_check(runs, notes)
        if "8" in only:
            suite_runs = args.suite_runs or runs
            say("the whole ./tfn test, warm, %d runs" % suite_runs)
            results["suite"] = measure_whole_test(suite_runs, notes)
        if "9" in only:
            say("whole-API extraction per world, %d runs" % runs)
            results["extraction"] = measure_extraction(runs, work, notes)

    if "snippets" in results:
        s = results["snippets"]
        suite = median(s["suite"])
        n = "%d" % s["n"][-1] if len(set(s["n"])) == 1 else "%d-%d" % (min(s["n"]), max(s["n"]))
        if "1" in only:
            rows.append(row("1. snippet suite wall time, %s snippets (in-process pytest vs one process each)" % n,
                            suite, median(s["perproc"]), "s"))
            rows.append(row("1. per snippet, average", median(s["suite_avg"]), median(s["perproc_avg"]), "s"))
        if "2" in only:
            imp, comp = median(s["imports"]), median(s["compute"])
            rows.append(row("2. snippet suite vs bound (one TF import + snippets' own compute)",
                            suite, imp + comp, "s", 1.3,
                            base_extra=" (%.2f import + %.2f compute)" % (imp, comp)))
            if s["ratio2"]:
                notes.append("2. suite/bound per run (each pair adjacent in time): %s; median %.2f" % (
                    ", ".join("%.2f" % x for x in s["ratio2"]), median(s["ratio2"])))
            if s["slowest"]:
                notes.append("slowest snippets (own compute, median): " + ", ".join(
                    "%s %.2f s" % (Path(p).relative_to(ROOT / "snippets"), t) for t, p in s["slowest"]))
    if "builds" in results:
        b = results["builds"]
        rows.append(row("3. mkdocs build (ours: --strict, project config vs plain material)",
                        median(b["ours"]), median(b["plain"]), "s", 1.5,
                        ours_extra="" if b["ok"]["ours"] else " (build FAILED)",
                        base_extra="" if b["ok"]["plain"] else " (build FAILED)"))
    for key, measure in (
        ("bytes", "4. first page load bytes (index.html, fresh context)"),
        ("bytes_theme", "4. first page load bytes, same pages: ours vs material's default theme settings"),
    ):
        if key in results:
            by = results[key]
            rows.append(row(measure, median(by["ours"]), median(by["plain"]), "B", 1.1,
                            ours_extra=" (%d requests)" % by["requests"][0],
                            base_extra=" (%d requests)" % by["requests"][1]))
    if "search" in results:
        se = results["search"]
        rows.append(row("5. search latency, median (%d queries/run, last key -> first visible result)" % se["count"],
                        se["ours_median"], se["plain_median"], "ms", 200, target_on="value"))
        rows.append(row("5. search latency, p90", se["ours_p90"], se["plain_p90"], "ms", 200, target_on="value"))
    if "check" in results:
        c = results["check"]
        rows.append(row("6. `./tfn check` one changed snippet, warm (vs its two plain single-world pytest runs)",
                        median(c["ours"]), median(c["plain"]), "s", 15, target_on="value"))

    if "figure_pages" in results:
        for page_path, entry in sorted(results["figure_pages"].items()):
            rows.append(row("7. first load of %s with its figures (scrolled to the end)" % page_path,
                            median(entry["ours"]), median(entry["plain"]) if entry["plain"] else float("nan"), "B"))
    if "suite" in results:
        su = results["suite"]
        rows.append(row("8. whole `./tfn test`, warm (stages run as ./tfn runs them)", median(su["total"]),
                        float("nan"), "s"))
        shares = ", ".join("%s %.0f s (%.0f%%)" % (name, median(t), 100 * median(t) / median(su["total"]))
                           for name, t in su["stages"].items())
        notes.append("8. stage shares (median): " + shares + "; the two TF worlds run side by side, so "
                     "their shares overlap")

    for world, e in sorted(results.get("extraction", {}).items()):
        if e["total"]:
            rows.append(row("9. extraction, %s (%s): python -m tfnotes.api vs bare TF import" % (world, e["counts"]),
                            median(e["total"]), median(e["import"]), "s",
                            ours_extra=" (%.2f s past the import)" % median(e["extraction"])))
    if world_stamps() != stamps:
        notes.append("a Python world under .venvs/ was rebuilt while the benchmark ran: "
                     "numbers of that time are suspect, run it again")
    elapsed = time.perf_counter() - began
    # Notes of one measurement together, in measurement order.
    notes.sort(key=lambda n: int(n[0]) if n[:1].isdigit() and n[1:2] == "." else 0)
    table = ["| measure | ours | baseline | ratio | target |", "| --- | --- | --- | --- | --- |"] + rows
    print("\n".join(table))
    for note in notes:
        print("- " + note)
    print("(benchmark took %.0f s)" % elapsed)

    info = versions()
    command = "cd %s && %s" % (shlex.quote(os.getcwd()), " ".join(
        shlex.quote(a) for a in [os.path.relpath(sys.executable)] + sys.argv))
    head = [
        "# tfnotes benchmark",
        "",
        "- date: %s" % started.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "- command: `%s`" % command,
        "- runs per measurement: %d (median; ours and baseline interleaved)" % runs,
        "- machine: %s, nproc %d, %s" % (cpu_model(), os.cpu_count() or 0, platform.platform()),
        "- tf24 world: Python %s, TensorFlow %s" % (info["tf24"][0], info["tf24"][1]),
        "- tools world: Python %s, TensorFlow %s, mkdocs %s, mkdocs-material %s, playwright %s" % tuple(info["tools"]),
        "- benchmark wall time: %.0f s" % elapsed,
        "",
    ]
    raw = raw_runs(results)
    body = head + table + ([""] + ["- " + n for n in notes] if notes else []) + (
        ["", "Raw runs, in order:", ""] + raw if raw else []) + [""]
    RESULTS.write_text("\n".join(body), encoding="utf-8")
    if args.log:
        Path(args.log).write_text("\n\n".join(LOG) + "\n", encoding="utf-8")
    say("wrote %s" % RESULTS.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
