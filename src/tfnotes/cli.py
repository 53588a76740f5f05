"""``./tfn``: set up, serve, check, test, update and benchmark the site.

Standard library only, so that any ``python3`` can start it before the two
worlds exist. Every command but ``new`` first makes sure both worlds are
built (a no-op when nothing changed). Every command it runs gets
``PYTHONPATH=<this checkout>/src``: the worlds are shared between
checkouts and name none of them.

The contributor loop: ``./tfn new PAGE/NAME``, edit, ``./tfn check``,
``./tfn update PATH``, ``./tfn test``.
"""

import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from tfnotes import envs
from tfnotes.envs import ROOT, TF24, TOOLS
from tfnotes.harness import sandbox
from tfnotes.pythons import PythonNotFound
from tfnotes.snippet import Snippet, from_path


class UsageError(Exception):
    """Bad input on the command line; the message says how to fix it."""


def _say(msg: str) -> None:
    print("tfn: " + msg, flush=True)


def _run(cmd: Sequence[str], **kwargs) -> int:
    return subprocess.run(list(cmd), cwd=str(ROOT), **kwargs).returncode


def _env() -> dict:
    env = dict(os.environ)
    src = str(ROOT / "src")
    rest = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p and p != src]
    env["PYTHONPATH"] = os.pathsep.join([src] + rest)
    env["TFNOTES_TF24_PYTHON"] = str(TF24.python)
    env["TFNOTES_TOOLS_PYTHON"] = str(TOOLS.python)
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    return env


def setup() -> None:
    for world in envs.WORLDS:
        envs.ensure(world)


def tf_version(world: envs.World) -> str:
    """The TensorFlow version a world's lock pins, e.g. ``2.4.4``."""
    match = re.search(r"^tensorflow(?:[-_]cpu)?==(\S+)", (ROOT / world.lock).read_text(), re.M)
    return match.group(1) if match else "?"


# ------------------------------------------------------------------ stages

PASSED, FAILED, NO_MATCH = "passed", "failed", "no tests matched"
BUILD = "mkdocs build --strict"  # the one stage that is not a pytest run


class Stage:
    """A pytest run in one world, started in the background."""

    def __init__(self, name: str, python: str, args: List[str], env: Optional[dict] = None):
        self.name, self.cmd = name, [python, "-m", "pytest"] + args
        self.runs_snippets = any(a == "snippets" or a.startswith("snippets/") for a in args)
        self.log = tempfile.TemporaryFile(mode="w+")
        self.start = time.monotonic()
        self.proc = subprocess.Popen(
            self.cmd, cwd=str(ROOT), env=dict(_env(), **(env or {})), stdout=self.log,
            stderr=subprocess.STDOUT, text=True,
        )

    def finish(self, selecting: bool = False, verbose: bool = True) -> str:
        """Wait, print the run's output, and say how it went.

        A non-zero exit fails, pytest's exit 5 (nothing collected) too;
        but when ``selecting`` (``-k``/``-m`` given) and pytest deselected
        everything, the stage is reported as matching no test."""
        code = self.proc.wait()
        took = time.monotonic() - self.start
        self.log.seek(0)
        output = self.log.read()
        if verbose or code != 0:
            _say("stage: %s" % self.name)
            sys.stdout.write(output)
        if code == 5 and selecting and re.search(r"\d+ deselected", output):
            _say("no tests matched in %s" % self.name)
            return NO_MATCH
        if code == 5:
            _say("FAILED %s: pytest collected no tests (exit 5)" % self.name)
            return FAILED
        if code == 0 and self.runs_snippets and not selecting:
            # The harness prints how many snippets it collected and how many
            # reported; a stage that exits 0 without that line, or with a
            # shortfall, ended early somehow and does not pass.
            summary = re.search(r"^tfnotes: (\d+) of (\d+) snippets passed .*?; (\d+) reported a result\)",
                                output, re.M)
            if not summary or len(set(summary.groups())) != 1:
                _say("FAILED %s: exit 0, but %s" % (self.name, (
                    "the harness's summary line is missing" if not summary else summary.group(0))))
                return FAILED
        if code == 0 and not verbose:
            last = [line for line in output.splitlines() if line.strip()][-1:]
            _say("passed %s in %.1f s (%s)" % (self.name, took, last[0].strip("= ") if last else "no output"))
        else:
            _say("%s %s in %.1f s (exit %d)" % (PASSED if code == 0 else "FAILED", self.name, took, code))
        return PASSED if code == 0 else FAILED


def build() -> bool:
    _say("stage: mkdocs build --strict")
    cmd = [str(TOOLS.python), "-m", "tfnotes.build", TOOLS.bin("mkdocs"), str(ROOT)]
    return _run(cmd, env=_env()) == 0


# ------------------------------------------------------------------ test

# pytest options whose value is the next argument (so it is not a path).
VALUE_OPTIONS = {
    "-k", "-m", "-p", "-c", "-o", "-W", "-r", "--deselect", "--ignore",
    "--ignore-glob", "--rootdir", "--confcutdir", "--basetemp", "--maxfail",
    "--tb", "--durations", "--junitxml", "--junit-xml", "--override-ini",
    "--capture", "--import-mode", "--color", "--log-level", "--log-file",
    "--pythonwarnings", "--config-file", "--inifile", "--snippet-order",
    "--snippet-timeout",
}
# Which stage runs which paths.
UNIT_PATHS = ("tests/unit",)
WORLD_PATHS = ("snippets", "tests/library")
SITE_PATHS = ("tests/site", "tests/meta")


def pytest_args(args: Sequence[str]) -> List[str]:
    """What follows ``./tfn test``: pytest's own arguments, a leading
    ``--`` dropped (``./tfn test -- -k x`` is ``./tfn test -k x``)."""
    args = list(args)
    return args[1:] if args[:1] == ["--"] else args


def split_paths(args: Sequence[str]) -> Tuple[List[str], List[str]]:
    """(options, paths) of pytest arguments: a path is an argument that is
    no option nor an option's value."""
    options, paths = [], []
    takes_value = False
    for arg in args:
        if takes_value:
            options.append(arg)
            takes_value = False
        elif arg.startswith("-"):
            options.append(arg)
            takes_value = arg in VALUE_OPTIONS
        else:
            paths.append(arg)
    return options, paths


def _under(path: str, roots: Sequence[str]) -> bool:
    path = path.split("::")[0].rstrip("/")
    return any(path == r or path.startswith(r + "/") for r in roots)


def route(paths: Sequence[str]) -> dict:
    """The paths each stage runs: ``{"unit": [...], "worlds": [...],
    "site": [...]}``; a path of no stage is a usage error."""
    routed = {"unit": [], "worlds": [], "site": []}
    for raw in paths:
        path = os.path.relpath(os.path.abspath(raw.split("::")[0]), str(ROOT)) + (
            "::" + raw.split("::", 1)[1] if "::" in raw else "")
        if _under(path, UNIT_PATHS):
            routed["unit"].append(path)
        elif _under(path, WORLD_PATHS):
            snippet = from_path(Path(path), ROOT) if "::" not in path else None
            # A snippet goes to both worlds with its base or variant, and
            # each world runs its own.
            more = ([s.display for s in world_files([snippet])] if snippet else []) or [path]
            routed["worlds"] += [m for m in more if m not in routed["worlds"]]
        elif _under(path, SITE_PATHS):
            routed["site"].append(path)
        else:
            raise UsageError(
                "%s: not a path any stage of ./tfn test runs (those are under %s)"
                % (raw, ", ".join(UNIT_PATHS + WORLD_PATHS + SITE_PATHS)))
    return routed


def test(extra: Sequence[str]) -> int:
    """Every stage; with pytest options or paths, a partial run."""
    extra = pytest_args(extra)
    options, paths = split_paths(extra)
    routed = route(paths) if paths else None
    selecting = any(o[:2] in ("-k", "-m") and not o.startswith("--") for o in options)

    def stage_paths(key: str, default: Sequence[str]) -> Optional[List[str]]:
        if routed is None:
            return list(default)
        return routed[key] or None

    results = []  # (stage name, outcome)
    sandbox.ensure_bwrap()  # snippets run in bubblewrap (tfnotes.harness.sandbox)
    unit = stage_paths("unit", UNIT_PATHS)
    if unit:
        name = "unit tests (no TensorFlow)"
        results.append((name, Stage(name, str(TOOLS.python), unit + options).finish(selecting)))
    worlds = stage_paths("worlds", WORLD_PATHS)
    if worlds:
        # The two TF worlds share nothing, so they run side by side (2 cores).
        running = [
            Stage("snippets and library facts on TensorFlow 2.4", str(TF24.python), worlds + options),
            Stage("snippets and library facts on the newest TensorFlow (Keras 3)",
                  str(TOOLS.python), worlds + options),
        ]
        results += [(s.name, s.finish(selecting)) for s in running]
    site = stage_paths("site", SITE_PATHS)
    if site:
        envs.ensure_chromium()
        results.append((BUILD, PASSED if build() else FAILED))
        name = "site checks, broken-input meta-tests, browser tests"
        results.append((name, Stage(name, str(TOOLS.python), site + options).finish(selecting)))
    failed = [n for n, r in results if r == FAILED]
    unmatched = [n for n, r in results if r == NO_MATCH]
    if routed is not None:
        skipped = [n for n, key in (("unit tests", "unit"), ("both worlds", "worlds"),
                                     ("build and site checks", "site")) if not routed[key]]
        if skipped:
            _say("not run (no path of theirs given): " + ", ".join(skipped))
    if not extra:
        _say("ALL PASSED" if not failed else "SOME STAGE FAILED (see above): " + "; ".join(failed))
        return 1 if failed else 0
    label = "options" if not paths else "paths" if not options else "options and paths"
    given = "%s: %s" % (label, " ".join(shlex.quote(a) for a in extra))
    whole = "run ./tfn test with no options for the whole suite"
    if failed:
        _say("PARTIAL RUN FAILED (%s): %s" % (given, "; ".join(failed)))
        return 1
    if unmatched and len(unmatched) == len([n for n, r in results if n != BUILD]):
        _say("PARTIAL RUN FAILED: no tests matched in any stage (%s)" % given)
        return 1
    note = ("; no tests matched in " + "; ".join(unmatched)) if unmatched else ""
    _say("PARTIAL RUN passed (%s)%s; %s" % (given, note, whole))
    return 0


# ------------------------------------------------------------------ paths


def changed_paths(porcelain: str) -> List[str]:
    """Paths under snippets/ and docs/ in ``git status --porcelain -z``
    output: staged, unstaged and untracked (a rename counts as its new
    path), sorted."""
    found = set()
    fields = porcelain.split("\0")
    i = 0
    while i < len(fields):
        entry = fields[i]
        i += 1
        if len(entry) < 4:
            continue
        status, path = entry[:2], entry[3:]
        if "R" in status or "C" in status:
            i += 1  # the next field is the old path
        if path.startswith(("snippets/", "docs/")):
            found.add(path)
    return sorted(found)


def git_changes() -> List[str]:
    try:
        run = subprocess.run(
            ["git", "status", "--porcelain", "-z", "--untracked-files=all", "--", "snippets", "docs"],
            cwd=str(ROOT), capture_output=True, text=True,
        )
    except OSError as exc:
        raise UsageError("cannot run git (%s); name the files to check: ./tfn check snippets/PAGE/NAME.py" % exc) from None
    if run.returncode != 0:
        raise UsageError("git status failed in %s (%s); name the files to check: "
                         "./tfn check snippets/PAGE/NAME.py" % (ROOT, run.stderr.strip()))
    return changed_paths(run.stdout)


class Selection:
    """What a check or update is about: snippets, pages, removed files."""

    def __init__(self):
        self.snippets: List[Snippet] = []
        self.pages: List[str] = []
        self.removed: List[str] = []
        self.ignored: List[str] = []

    def __bool__(self):
        return bool(self.snippets or self.pages or self.removed)


def _rel(path: str) -> str:
    return os.path.relpath(os.path.abspath(path), str(ROOT))


def select(paths: Sequence[str], explicit: bool, pages: bool = True) -> Selection:
    """Sort ``paths`` into snippets and pages. A path named on the command
    line that is neither is an error naming it; one git reported (a
    stylesheet, a helper) is only ignored."""
    chosen = Selection()
    for raw in paths:
        rel = _rel(raw) if explicit else raw
        full = ROOT / rel
        if full.is_dir() and _under(rel, ("snippets",)):
            found = sorted(p for p in full.rglob("*.py") if not p.name.startswith("_"))
            if not found:
                raise UsageError("%s: no snippet in this folder" % raw)
            chosen.snippets += [from_path(p, ROOT) for p in found]
            continue
        if full.is_dir() and _under(rel, ("docs",)) and pages:
            chosen.pages += sorted(str(p.relative_to(ROOT)) for p in full.rglob("*.md"))
            continue
        snippet = from_path(Path(rel), ROOT) if rel.endswith(".py") else None
        is_page = pages and _under(rel, ("docs",)) and rel.endswith(".md")
        if not full.exists():
            if explicit:
                raise UsageError("%s: no such file" % raw)
            if snippet is not None or is_page:
                chosen.removed.append(rel)
            continue
        if snippet is not None:
            chosen.snippets.append(snippet)
        elif is_page:
            chosen.pages.append(rel)
        elif explicit:
            what = "a snippet (snippets/PAGE/NAME.py) or a page (docs/PAGE.md)" if pages else \
                "a snippet (snippets/PAGE/NAME.py) or a folder of snippets"
            hint = " (files starting with _ are helpers, not snippets)" if Path(rel).name.startswith("_") else ""
            if not pages and _under(rel, ("docs",)) and rel.endswith(".md"):
                hint = " (the snippets of this page: snippets/%s/)" % rel[len("docs/"):-len(".md")]
            raise UsageError("%s: not %s%s" % (raw, what, hint))
        else:
            chosen.ignored.append(rel)
    unique = {s.name: s for s in chosen.snippets}
    chosen.snippets = [unique[k] for k in sorted(unique)]
    chosen.pages = sorted(set(chosen.pages))
    return chosen


def world_files(snippets: Sequence[Snippet]) -> List[Snippet]:
    """The snippets and their bases and variants: a path is given to both
    worlds with its counterpart, and each world runs its own."""
    found = {}
    for snippet in snippets:
        for one in (snippet, snippet.base, snippet.variant):
            if one.path.is_file():
                found[one.name] = one
    return [found[k] for k in sorted(found)]


def _names(snippets: Sequence[Snippet]) -> str:
    if len(snippets) <= 3:
        return ", ".join(s.display for s in snippets)
    return "%d snippets" % len(snippets)


# ------------------------------------------------------------------ check


def _cheap_checks(snippets: Sequence[Snippet]) -> List[str]:
    """ruff check, ruff format (outputs aside) and the width limit on
    ``snippets``: one message per problem, empty when all pass."""
    from tfnotes import formatting
    from tfnotes.harness import outputs

    config = ROOT / "pyproject.toml"
    paths = [s.path for s in snippets]
    problems = []
    lint = subprocess.run(
        [TOOLS.bin("ruff"), "check", "--config", str(config), "--output-format", "concise",
         "--no-cache"] + [str(p) for p in paths],
        cwd=str(ROOT), capture_output=True, text=True,
    )
    if lint.returncode != 0:
        problems.append("ruff check (.venvs/tools/bin/ruff check --fix PATH fixes those marked [*]):\n"
                        + (lint.stdout + lint.stderr).strip())
    bad = formatting.unformatted(paths, TOOLS.bin("ruff"), config)
    if bad:
        names = " ".join(str(p.relative_to(ROOT)) for p in bad)
        problems.append("not ruff-formatted: %s; run ./tfn update %s (formats it, then rewrites its outputs)"
                        % (names, names))
    for s in snippets:
        for number, line in enumerate(s.source().splitlines(), 1):
            if len(line) > outputs.WIDTH:
                problems.append(
                    "%s:%d: %d columns, the limit is %d (pyproject.toml's ruff line-length, so a page "
                    "never scrolls sideways); break the line" % (s.display, number, len(line), outputs.WIDTH))
    return problems


def check(paths: Sequence[str]) -> int:
    """Cheap checks, then source checks, then both worlds; stops at the
    first stage that fails."""
    explicit = bool(paths)
    if not explicit:
        paths = git_changes()
        if not paths:
            _say("check: nothing changed under snippets/ or docs/ (git status); nothing to check. "
                 "Name files to check them anyway: ./tfn check snippets/PAGE/NAME.py")
            return 0
    chosen = select(paths, explicit)
    for path in chosen.ignored:
        _say("check: skipping %s (not a snippet or page; ./tfn test checks it)" % path)
    if not chosen:
        _say("check: no snippet or page changed; nothing to check")
        return 0
    what = []
    if chosen.snippets:
        what.append(_names(chosen.snippets))
    if chosen.pages:
        what.append("%d page%s" % (len(chosen.pages), "s" * (len(chosen.pages) != 1)))
    if chosen.removed:
        what.append("%d removed" % len(chosen.removed))
    _say("check: %s%s" % (", ".join(what), "" if explicit else " (changed, says git status)"))
    done = []
    if chosen.snippets:
        start = time.monotonic()
        problems = _cheap_checks(chosen.snippets)
        if problems:
            for problem in problems:
                _say("FAILED " + problem)
            _say("check FAILED at ruff and the %d-column limit (later stages not run)" % _width())
            return 1
        _say("passed ruff check, ruff format and the %d-column limit in %.2f s" % (_width(), time.monotonic() - start))
        done.append("ruff check, ruff format, %d columns" % _width())
    # The source checks look at the whole tree, but report only what
    # concerns these files: someone else's work in progress does not
    # fail your check (./tfn test still checks everything).
    from tfnotes.includes import pages_by_snippet

    focus = [s.display for s in world_files(chosen.snippets)] + list(chosen.pages)
    focus += [page for s in chosen.snippets for page in pages_by_snippet(ROOT / "docs").get(s.base.name, [])]
    sources = Stage("source and style checks", str(TOOLS.python),
                    ["-q", "tests/site/test_sources.py", "tests/site/test_snippet_style.py"],
                    env={"TFNOTES_FOCUS": "\n".join(sorted(set(focus)))})
    if sources.finish(verbose=False) != PASSED:
        _say("check FAILED at the source and style checks (snippets not run)")
        return 1
    done.append("source and style checks")
    runs = world_files(chosen.snippets)
    tf24 = [s for s in runs if s.runs_on(keras3=False)]
    keras3 = [s for s in runs if s.runs_on(keras3=True)]
    stages = []
    if runs:
        files = [s.display for s in runs]
        if tf24:
            stages.append(Stage("snippets on TF %s" % tf_version(TF24), str(TF24.python), ["-q"] + files))
        if keras3:
            stages.append(Stage("snippets on Keras 3 (TensorFlow %s)" % tf_version(TOOLS),
                                str(TOOLS.python), ["-q"] + files))
    outcomes = [s.finish(verbose=False) for s in stages]
    if any(o != PASSED for o in outcomes):
        _say("check FAILED running the snippets (see above)")
        return 1
    if runs:
        if [s.name for s in keras3] == [s.name for s in tf24]:
            ran = "%s on TF %s and Keras 3 (TensorFlow %s)" % (_names(tf24), tf_version(TF24), tf_version(TOOLS))
        else:
            ran = "%s on TF %s, %s on Keras 3 (TensorFlow %s)" % (
                _names(tf24) or "no snippet", tf_version(TF24), _names(keras3) or "no snippet", tf_version(TOOLS))
        done.insert(0, ran)
    if chosen.pages or chosen.removed:
        done[-1] += " (%s)" % ", ".join(w for w in what if w != _names(chosen.snippets))
    _say("check passed: " + "; ".join(done))
    return 0


def _width() -> int:
    from tfnotes.harness import outputs

    return outputs.WIDTH


# ------------------------------------------------------------------ update


def update(paths: Sequence[str]) -> int:
    """With paths: format those snippets and rewrite their outputs in both
    worlds. Without: format every snippet, then regenerate every output
    shown on pages, the defaults data (the notes' tables and the whole
    API) and the TensorBoard screenshots, from real runs in both worlds."""
    if paths:
        return _update_some(select(paths, explicit=True, pages=False).snippets)
    code = _run(
        [str(TOOLS.python), "-m", "tfnotes.formatting", TOOLS.bin("ruff")],
        env=_env(),
    )
    for world in (TF24, TOOLS):
        code = code or _run([str(world.python), "-m", "tfnotes.defaults"], env=_env())
        # The whole API of the world: signatures, hidden arguments, configs.
        code = code or _run([str(world.python), "-m", "tfnotes.api"], env=_env())
    for world in (TF24, TOOLS):
        # On Keras 3 only variants are rewritten; a base snippet that prints
        # something else there fails and asks for a variant.
        code = code or _run(
            [str(world.python), "-m", "pytest", "-q", "snippets", "--update-outputs"],
            env=_env(),
        )
    return code or screenshots()


def screenshots() -> int:
    """Retake docs/figures/tensorboard/*.png: each world's TensorBoard
    showing what the page's snippet logged (tfnotes.screenshots)."""
    try:
        envs.ensure_chromium()
    except RuntimeError as exc:
        raise UsageError(str(exc)) from None
    _say("screenshots: TensorBoard of both worlds -> docs/figures/tensorboard/")
    return _run([str(TOOLS.python), "-m", "tfnotes.screenshots"], env=_env())


def _update_some(snippets: Sequence[Snippet]) -> int:
    from tfnotes import formatting

    for path in formatting.format_in_place([s.path for s in snippets], TOOLS.bin("ruff"), ROOT / "pyproject.toml"):
        _say("formatted %s" % path.relative_to(ROOT))
    # TF 2.4 first: on Keras 3 a base is compared with what TF 2.4 wrote.
    for world, keras3, label in ((TF24, False, "TF %s" % tf_version(TF24)),
                                 (TOOLS, True, "Keras 3 (TensorFlow %s)" % tf_version(TOOLS))):
        files = [s.display for s in snippets if s.runs_on(keras3)]
        others = [s for s in snippets if not s.runs_on(keras3)]
        for s in others:
            instead = s.variant.display if keras3 else s.base.display
            _say("update: %s is not run on %s (%s is); name that file to rewrite it" % (s.display, label, instead))
        if not files:
            continue
        _say("update: rewriting outputs of %s on %s" % (_names([s for s in snippets if s.runs_on(keras3)]), label))
        code = _run([str(world.python), "-m", "pytest", "-q", "--update-outputs"] + files, env=_env())
        if code != 0:
            _say("update FAILED on %s (exit %d, see above)" % (label, code))
            return code
    _say("update done; check what changed with git diff, then ./tfn check")
    return 0


# ------------------------------------------------------------------ new

TEMPLATE = '''\
import numpy as np
import tensorflow as tf

np.random.seed(0)
tf.random.set_seed(0)

print("TODO: what this snippet shows")
'''
NAME = re.compile(r"^[a-z][a-z0-9_]*$")
# A reader runs a snippet from its folder; a file named like a module
# there would be imported instead of it by its neighbours.
SHADOWED = {"numpy", "tensorflow", "keras", "theano", "scipy", "h5py"}


def _pages() -> List[str]:
    docs = ROOT / "docs"
    return sorted(str(p.relative_to(docs))[:-3] for p in docs.rglob("*.md"))


def new(spec: str) -> int:
    """Write ``snippets/PAGE/NAME.py`` from the seeded template."""
    spec = spec.strip().strip("/")
    if spec.startswith("snippets/"):
        spec = spec[len("snippets/"):]
    if spec.endswith(".py"):
        spec = spec[:-3]
    page, _, name = spec.rpartition("/")
    example = "e.g. ./tfn new layers/dense/units writes snippets/layers/dense/units.py for docs/layers/dense.md"
    if not page or not name:
        raise UsageError("%r: name the snippet PAGE/NAME, %s" % (spec, example))
    if not NAME.match(name):
        raise UsageError("%r: a snippet name is lower case letters, digits and _, starting with a letter; %s"
                         % (name, example))
    if name.endswith("_keras3"):
        raise UsageError(
            "%s is a Keras 3 variant: start it as a copy of its base (cp snippets/%s/%s.py snippets/%s.py), "
            "then say what changed in its first comment (see docs/contributing.md)"
            % (spec, page, name[: -len("_keras3")], spec))
    if name in SHADOWED or name in getattr(sys, "stdlib_module_names", ()):
        raise UsageError("%r is the name of a module; a snippet named so would shadow it "
                         "for its neighbours: pick another name" % name)
    page_file = ROOT / "docs" / (page + ".md")
    if not page_file.is_file():
        pages = _pages()
        near = difflib.get_close_matches(page, pages, n=5, cutoff=0.5)
        if "/" in page:
            near += [p for p in pages if p.startswith(page.rsplit("/", 1)[0] + "/") and p not in near]
        raise UsageError("docs/%s.md does not exist; a snippet belongs to an existing page. Pages near it: %s"
                         % (page, ", ".join("docs/%s.md" % p for p in near[:8]) or "none (see docs/)"))
    target = ROOT / "snippets" / page / (name + ".py")
    if target.exists():
        raise UsageError("snippets/%s.py already exists; edit it, or pick another name" % spec)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(TEMPLATE, encoding="utf-8")
    _say("wrote snippets/%s.py (seeded; replace the print with what it shows)" % spec)
    _say("paste this into docs/%s.md where it belongs:" % page)
    print('\n```python title="%s.py"\n--8<-- "%s.py"\n```\n' % (spec, spec))
    _say("then: ./tfn update snippets/%s.py  (formats it and writes its outputs), ./tfn check" % spec)
    return 0


# ------------------------------------------------------------------ others


def offline() -> int:
    _say("stage: offline edition -> dist/tfnotes-offline.zip")
    return _run([str(TOOLS.python), "-m", "tfnotes.offline", TOOLS.bin("mkdocs"), str(ROOT)], env=_env())


def _site_path() -> str:
    """The path part of site_url, under which mkdocs serve serves."""
    match = re.search(r"^site_url:\s*\S+?://[^/\s]+(/\S*)?\s*$",
                      (ROOT / "mkdocs.yml").read_text(), re.M)
    return (match.group(1) if match and match.group(1) else "/")


def serve(port: int) -> int:
    _say("serving on http://127.0.0.1:%d%s (live reload; Ctrl-C stops)" % (port, _site_path()))
    return _run(
        [TOOLS.bin("mkdocs"), "serve", "--livereload", "-a", "127.0.0.1:%d" % port],
        env=_env(),
    )


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(
        prog="tfn", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = main_parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    def command(name: str, summary: str, details: str = "", usage: str = None) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=summary, usage=usage,
                              description=summary + (" " + details if details else ""))

    command("setup", "Build both Python worlds only.",
            "Each is built once per lock file into a cache shared by every checkout "
            "(~/.cache/tfnotes/worlds, or $TFNOTES_CACHE/worlds) and linked as .venvs/NAME; "
            "a second run with nothing changed is a no-op. With CI=true they are built "
            "from scratch every time (a ./tfn started by this one reuses them).")
    p_serve = command("serve", "Set up, then serve the site on 127.0.0.1 with live reload.",
                      "Edits to docs/, snippets/, data/ and src/tfnotes/ rebuild the pages.")
    p_serve.add_argument("--port", type=int, default=8000, help="port to serve on (default %(default)s)")
    p_check = command(
        "check", "Check what you changed, in seconds, updating nothing.",
        "Stops at the first stage that fails: ruff check, ruff format (outputs aside) and the "
        "72-column limit on the snippets; the source and style checks; then the snippets on "
        "TF 2.4 and Keras 3 side by side (a snippet is run with its base or Keras 3 variant, "
        "each world runs its own).")
    p_check.add_argument("paths", nargs="*", metavar="PATH",
                         help="snippets, folders of snippets or pages (docs/PAGE.md); default: the files "
                              "under snippets/ and docs/ that git status reports (staged, unstaged, untracked)")
    command("test", "Run the whole suite; pytest options and paths make it a partial run.",
            "Stages: unit tests; snippets and library facts on TF 2.4 and Keras 3 side by side; "
            "mkdocs build --strict; site checks, meta-tests and browser tests. Everything after "
            "'test' goes to pytest in every stage (./tfn test -k lstm, ./tfn test -x, "
            "./tfn test -- -k x); a path runs only in the stages it belongs to.",
            usage="tfn test [-h] [PYTEST_ARG ...]")
    p_update = command(
        "update", "Format snippets and rewrite their #> outputs from real runs.",
        "With paths: only those snippets, on TF 2.4 then Keras 3 (pytest --update-outputs; on "
        "Keras 3 only variants are rewritten). Without: every snippet, the defaults data of "
        "both libraries, and the TensorBoard screenshots (as ./tfn screenshots).")
    p_update.add_argument("paths", nargs="*", metavar="PATH", help="snippets or folders of snippets")
    p_new = command("new", "Write a new seeded snippet for an existing page.",
                    "Writes snippets/PAGE/NAME.py (ruff-formatted, seeded, one print to replace) and "
                    "prints the include block to paste into docs/PAGE.md; never overwrites.")
    p_new.add_argument("spec", metavar="PAGE/NAME", help="e.g. layers/dense/units for docs/layers/dense.md")
    command("screenshots", "Retake the TensorBoard screenshots of docs/tensorboard.md.",
            "Runs snippets/tensorboard/logged_values.py in each world, starts that world's "
            "tensorboard on 127.0.0.1, and saves its Scalars dashboard from Chromium, light and "
            "dark, to docs/figures/tensorboard/; a request off the machine fails it.")
    command("build", "mkdocs build --strict into site/.",
            "Every warning is an error, pinned to a page and line.")
    command("offline", "Build dist/tfnotes-offline.zip, the site with search, opened from file://.")
    command("bench", "Benchmarks against their baselines into bench/results.md.",
            "Everything after 'bench' goes to bench/benchmark.py: --runs N, --quick, --only 1,3.",
            usage="tfn bench [-h] [--runs N] [--quick] [--only 1,3,...] [--log FILE]")
    main_parser.commands = sorted(sub.choices)
    return main_parser


PASSTHROUGH = ("test", "bench")


def main(argv: Sequence[str] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    rest: List[str] = []
    if argv[:1] and argv[0] in PASSTHROUGH and argv[1:] not in (["-h"], ["--help"]):
        # argparse would take pytest's options (-k x) for its own.
        argv, rest = argv[:1], argv[1:]
    args = parser().parse_args(argv)
    try:
        if args.command == "new":
            return new(args.spec)
        try:
            setup()
        except PythonNotFound as exc:
            print("tfn: " + str(exc), file=sys.stderr)
            return 2
        if args.command == "setup":
            return 0
        if args.command == "serve":
            return serve(args.port)
        if args.command == "check":
            return check(args.paths)
        if args.command == "test":
            return test(rest)
        if args.command == "update":
            return update(args.paths)
        if args.command == "offline":
            return offline()
        if args.command == "screenshots":
            return screenshots()
        if args.command == "bench":
            envs.ensure_chromium()
            return _run([str(TOOLS.python), str(ROOT / "bench" / "benchmark.py")] + rest, env=_env())
        if args.command == "build":
            return 0 if build() else 1
    except UsageError as exc:
        print("tfn: error: " + str(exc), file=sys.stderr)
        return 2
    return 2


if __name__ == "__main__":
    sys.exit(main())
