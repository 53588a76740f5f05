"""The pytest plugin that turns every ``snippets/**/*.py`` into a test.

Load it with ``-p tfnotes.harness.plugin`` (``pyproject.toml`` does) and
give pytest the ``snippets`` folder or snippet paths. Each snippet becomes
one item whose id is its path and the TensorFlow version it runs on, e.g.
``snippets/utils/to_categorical.py::tf2.4.4``, so ``pytest -k lstm`` works.

Snippets run in a warm worker process watched from here
(:mod:`tfnotes.harness.supervisor`): a snippet that exits, crashes or
outlives its limit fails with its file and reason, and a fresh worker runs
the rest. A snippet passes when it runs without error (or raises exactly
what it declares with a ``# Raises SomeError on purpose`` comment), leaves
the process as it found it (:mod:`tfnotes.harness.state`), and its ``#>``
output comments match what it printed. A failing snippet is rerun alone
in a fresh worker: if it passes there, an earlier snippet leaked state,
and bisecting the earlier snippets names it. ``--update-outputs``
rewrites the comments instead, unless the output changes with the seed.
The stage fails unless every collected snippet reported a result.
"""

import random
import sys
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest

from tfnotes import includes
from tfnotes import snippet as snippet_model
from tfnotes.harness import figures, outputs, sandbox
from tfnotes.harness.isolation import DEFAULT_TIMEOUT
from tfnotes.harness.supervisor import (
    Supervisor,
    WorkerDied,
    standby_due,
)

SEED_ADVICE = (
    "seed numpy / tensorflow / random at the top (np.random.seed(0), "
    "tf.random.set_seed(0), random.seed(0); on Keras 3 "
    "tf.keras.utils.set_random_seed(0))"
)
# Snippets ahead of one that declares a state change at which its
# successor worker starts: about TensorFlow's import time (~1.2 s) in snippets.
STANDBY_LEAD = 10
RANDOM_HINT = "prints something different with another random seed: " + SEED_ADVICE


class SnippetFailure(Exception):
    """A snippet broke one of the rules; the message says which and where."""


def pytest_addoption(parser):
    group = parser.getgroup("tfnotes", "tfnotes snippet harness")
    group.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the #> output comments of the collected snippets from "
        "this run (refused for output that changes with the random seed)",
    )
    group.addoption(
        "--snippet-order",
        default="random",
        help="'random' (a fresh seed, printed), 'random:SEED', 'reverse' or "
        "'path': snippets must pass in any order, so the default shuffles; "
        "except with 'path', snippets that declare '# Changes process state "
        "on purpose' run last",
    )
    group.addoption(
        "--snippet-seeds",
        type=int,
        default=None,
        help="seed the sequence of seeds snippets run with (default: fresh "
        "each run, so that a snippet that forgot to seed itself is caught)",
    )
    group.addoption(
        "--snippet-timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help="seconds a snippet may run before the watchdog kills its "
        "worker (default %(default)s)",
    )
    group.addoption(
        "--snippet-memory-cap",
        default=None,
        help="GiB of memory each snippet worker may take (default: "
        "$TFNOTES_MEMORY_CAP, else %g)" % sandbox.DEFAULT_MEMORY_CAP_GIB,
    )


def _installed_version(*names: str) -> Optional[str]:
    try:
        from importlib import metadata
    except ImportError:  # pragma: no cover - Python < 3.8
        return None
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


class World:
    """The TensorFlow this pytest process's snippets run on. Read from the
    installed package, so that this process need not import TensorFlow:
    the worker does."""

    @property
    def version(self) -> str:
        found = _installed_version("tensorflow-cpu", "tensorflow", "tensorflow-gpu")
        if found is None:
            import tensorflow

            found = tensorflow.__version__
        return found

    @property
    def is_keras3(self) -> bool:
        return not self.version.startswith("2.4.")

    @property
    def label(self) -> str:
        return "tf" + self.version


_world = World()


class _Session:
    """Per-run state: the supervisor and the collected/reported counts."""

    def __init__(self):
        self.supervisor: Optional[Supervisor] = None
        self.seeds = random.Random(random.SystemRandom().randrange(2**63))
        self.pages: Optional[Dict[str, List[str]]] = None
        self.collected: List[str] = []
        # Per collected snippet, in run order: whether it declares that it
        # changes process state (so its worker is replaced after it).
        self.declares: List[bool] = []
        self.reported: Dict[str, str] = {}

    def supervisor_for(self, config) -> Supervisor:
        if self.supervisor is None:
            try:
                cap = sandbox.memory_cap_gib(config.getoption("--snippet-memory-cap"))
                self.supervisor = Supervisor(sys.executable, str(config.rootpath), cap)
                self.supervisor.start()
            except sandbox.SandboxUnavailable as refused:
                self.supervisor = None
                pytest.exit("tfnotes: %s" % refused, returncode=pytest.ExitCode.USAGE_ERROR)
        return self.supervisor


_KEY = pytest.StashKey[_Session]()


def _session(config) -> _Session:
    return config.stash[_KEY]


def pytest_configure(config):
    config.addinivalue_line("markers", "snippet: a snippets/ file run as a test")
    config.stash[_KEY] = _Session()
    if config.getoption("--snippet-seeds") is not None:
        config.stash[_KEY].seeds = random.Random(config.getoption("--snippet-seeds"))


def pytest_unconfigure(config):
    state = config.stash.get(_KEY, None)
    if state is not None and state.supervisor is not None:
        state.supervisor.close()


def _root(config) -> Path:
    return Path(str(config.rootpath))


def pytest_collect_file(file_path, parent):
    root = _root(parent.config)
    found = snippet_model.from_path(Path(str(file_path)), root)
    if found is None or (root / "snippets") not in Path(str(file_path)).parents:
        return None
    if not found.runs_on(_world.is_keras3):
        return None
    return SnippetFile.from_parent(parent, path=file_path)


class _NotATestModule(pytest.File):
    """Stands in for pytest's own module collector on snippet files."""

    def collect(self):
        return []


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path, parent):
    # A snippet named on the command line (``pytest snippets/x.py``) would
    # otherwise also be imported as a test module, outside any sandbox.
    if (_root(parent.config) / "snippets") in Path(str(module_path)).parents:
        return _NotATestModule.from_parent(parent, path=module_path)
    return None


def _order(config):
    order = config.getoption("--snippet-order")
    if order == "random":
        order = "random:%d" % random.SystemRandom().randrange(10**6)
        config.option.snippet_order = order
    return order


def pytest_collection_modifyitems(session, config, items):
    snippets = [i for i in items if isinstance(i, SnippetItem)]
    if not snippets:
        return
    order = _order(config)
    if order == "path":
        return
    others = [i for i in items if not isinstance(i, SnippetItem)]
    if order == "reverse":
        snippets.reverse()
    elif order.startswith("random:"):
        random.Random(int(order.split(":", 1)[1])).shuffle(snippets)
    else:
        raise pytest.UsageError("--snippet-order: %r is not random, random:SEED, reverse or path" % order)
    # Each declared snippet's worker is replaced after it; run them last so
    # the last one's replacement is never needed.
    snippets.sort(key=lambda item: item.declares_state_change)
    items[:] = snippets + others


def pytest_collection_finish(session):
    state = _session(session.config)
    state.collected = [i.nodeid for i in session.items if isinstance(i, SnippetItem)]
    state.declares = [i.declares_state_change for i in session.items if isinstance(i, SnippetItem)]
    if state.collected and not session.config.option.collectonly:
        # Start the worker now: its TensorFlow import overlaps the rest.
        state.supervisor_for(session.config)


def pytest_report_header(config):
    if not any("snippets" in str(a) for a in config.args):
        return None
    return "tfnotes: snippets run on TensorFlow %s (numpy %s, Python %s), order %s" % (
        _world.version,
        _installed_version("numpy"),
        sys.version.split()[0],
        _order(config),
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if call.when == "call" and isinstance(item, SnippetItem):
        _session(item.config).reported[item.nodeid] = report.outcome
    return report


def _missing(state: "_Session") -> List[str]:
    """Collected snippets that reported no result."""
    return [n for n in state.collected if n not in state.reported]


def pytest_sessionfinish(session, exitstatus):
    if _missing(_session(session.config)) and session.exitstatus == 0:
        # No exit path may end green: a snippet that never reported a
        # result is a failure of the stage.
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    state = _session(config)
    if not state.collected:
        return
    reported = state.reported
    passed = sum(1 for o in reported.values() if o == "passed")
    terminalreporter.write_line(
        "tfnotes: %d of %d snippets passed on TensorFlow %s (order %s; %d "
        "reported a result)"
        % (passed, len(state.collected), _world.version,
           config.getoption("--snippet-order"), len(reported))
    )
    missing = _missing(state)
    if missing:
        terminalreporter.write_line(
            "tfnotes: FAILED: %d of %d collected snippets never reported a "
            "result (first: %s): the stage does not pass"
            % (len(missing), len(state.collected), missing[0]), red=True)
    supervisor = state.supervisor
    if supervisor is not None and supervisor.restarts:
        terminalreporter.write_line(
            "tfnotes: the worker was replaced %d time(s) (after a crash, a "
            "time-out or leaked state)" % supervisor.restarts)


class SnippetFile(pytest.File):
    def collect(self):
        yield SnippetItem.from_parent(self, name=_world.label)


Verdict = Optional[Tuple[str, str]]  # (kind, message) of a failure, or None


class SnippetItem(pytest.Item):
    """One snippet run on this world's TensorFlow, in the shared worker."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        root = _root(self.config)
        self.snippet = snippet_model.from_path(Path(str(self.path)), root)
        self.add_marker(pytest.mark.snippet)
        # Read once: the run order and the standby both ask.
        self.declares_state_change = bool(self.snippet.changes_state_on_purpose())

    @property
    def display(self) -> str:
        return self.snippet.display

    def pages(self) -> List[str]:
        """The pages that show this snippet (read once a run, when a
        message first needs them)."""
        state = _session(self.config)
        if state.pages is None:
            state.pages = includes.pages_by_snippet(_root(self.config) / "docs")
        return state.pages.get(self.snippet.name, [])

    @property
    def _timeout(self) -> float:
        return self.config.getoption("--snippet-timeout")

    def _run_in(self, worker, path: Optional[str] = None, seed: Optional[int] = None) -> Dict[str, object]:
        """Run a snippet (this one unless ``path``) in ``worker``, seeded
        with ``seed`` or the next seed of the run's sequence."""
        if seed is None:
            seed = _session(self.config).seeds.randrange(2**31)
        return worker.run(path or str(self.path), self._timeout, seed, **self._figure_options(path))

    def _figure_options(self, path: Optional[str]) -> Dict[str, object]:
        """What the worker need not draw: on Keras 3 a base snippet's
        figures are compared by their data only; elsewhere the sealed
        committed ones (unless --update-outputs is to rewrite them)."""
        if path is not None and path != str(self.path):
            return {}
        if not self._updatable():
            return {"draw_figures": False}
        if self.config.getoption("--update-outputs"):
            return {}
        known = {}
        for number, light in enumerate(self.snippet.figures(), start=1):
            dark = self.snippet.figure(number, "dark")
            if dark.is_file():
                inputs = figures.sealed_inputs(light.read_text(encoding="utf-8"),
                                               dark.read_text(encoding="utf-8"))
                if inputs:
                    known[str(number)] = inputs
        return {"known_figures": known}

    def _replacement_soon(self) -> bool:
        state = _session(self.config)
        if self.nodeid not in state.collected:
            return False
        return standby_due(state.declares, state.collected.index(self.nodeid), STANDBY_LEAD)

    def runtest(self):
        supervisor = _session(self.config).supervisor_for(self.config)
        worker = supervisor.start()
        if self._replacement_soon():
            supervisor.ensure_standby()
        ran_before = list(worker.ran)
        try:
            reply = self._run_in(worker)
        except WorkerDied as died:
            supervisor.recycle()
            raise SnippetFailure("%s:%s: %s\n%s" % (
                self.display, died.line or 1, died,
                _log_excerpt(worker.log_tail()))) from None
        source = self.snippet.source()
        if self._left_state_changed(reply):
            supervisor.recycle()
            if not self.snippet.changes_state_on_purpose(source):
                self._fail_leak(reply)
        verdict = self._verdict(source, reply)
        if verdict is None:
            if self.config.getoption("--update-outputs") and self._updatable():
                self._write_figures(reply)  # the same drawing: seal it anew if need be
            return
        kind, message = verdict
        if kind == "figure problem":
            raise SnippetFailure(message)
        if kind == "stale":
            worker = supervisor.start()
            again = self._run_in(worker)
            if self._left_state_changed(again):
                supervisor.recycle()
            if self._expected(source, again) != self._expected(source, reply):
                raise SnippetFailure("%s:%d: %s\n%s" % (
                    self.display, self._first_difference(source, reply), RANDOM_HINT,
                    outputs.diff(self.display, self._expected(source, reply),
                                 self._expected(source, again)).replace(
                        "(on disk)", "(one run)").replace("(from this run)", "(another seed)")))
            if _hashes(again) != _hashes(reply):
                raise SnippetFailure("%s:1: draws a figure that changes with "
                                     "the random seed: %s" % (self.display, SEED_ADVICE))
            if self.config.getoption("--update-outputs") and self._updatable():
                expected = self._expected(source, reply)
                if expected != source:
                    self.path.write_text(expected, encoding="utf-8")
                self._write_figures(reply)
                return
        self._diagnose(supervisor, ran_before, reply.get("seed"), message)
        raise SnippetFailure(message)

    def _verdict(self, source: str, reply) -> Verdict:
        return self._judge(source, reply) or self._judge_figures(reply)

    def _judge_figures(self, reply) -> Verdict:
        drawn = reply.get("figures") or []
        for number, fig in enumerate(drawn, start=1):
            if fig["problems"]:
                return "figure problem", "%s:1: figure %d %s" % (
                    self.display, number, "; ".join(fig["problems"]))
        committed = self.snippet.figures()
        rel = [str(p.relative_to(self.snippet.root)) for p in committed]
        if len(committed) != len(drawn):
            problem = "draws %d figure(s), %s holds %d" % (
                len(drawn), "docs/figures/", len(committed))
        else:
            problem = None
            for number, (path, fig) in enumerate(zip(committed, drawn), start=1):
                text = path.read_text(encoding="utf-8")
                if self._updatable():
                    dark = self.snippet.figure(number, "dark")
                    if fig["svg"] is None:  # the worker found its sealed drawing
                        same = True
                    else:  # the drawing is compared, not its seal
                        same = (figures.unsealed(text) == figures.in_palette(fig["svg"], "light")
                                and dark.is_file()
                                and figures.unsealed(dark.read_text(encoding="utf-8"))
                                == figures.in_palette(fig["svg"], "dark"))
                else:
                    same = figures.committed_hash(text) == fig["data_hash"]
                if not same:
                    problem = "figure %d differs from %s" % (number, rel[number - 1])
                    break
        if problem is None:
            return None
        pages = ", ".join(self.pages()) or "no page"
        if not self._updatable():
            return "stale", (
                "%s:1: draws something else on TensorFlow %s than on TF 2.4 "
                "(%s, shown on %s); write a Keras 3 variant %s beside it"
                % (self.display, _world.version, problem, pages, self.snippet.variant.display))
        return "stale", (
            "%s:1: stale figure: the snippet %s (shown on %s): its plotted data "
            "or drawing changed; run './tfn update %s' to redraw it"
            % (self.display, problem, pages, self.display))

    def _write_figures(self, reply) -> None:
        drawn = reply.get("figures") or []
        for number, fig in enumerate(drawn, start=1):
            for scheme, text in zip(("light", "dark"), figures.sealed(fig["svg"], fig["inputs"])):
                path = self.snippet.figure(number, scheme)
                if not path.is_file() or path.read_text(encoding="utf-8") != text:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_text(text, encoding="utf-8")
        number = len(drawn) + 1
        while self.snippet.figure(number).is_file():
            for scheme in ("light", "dark"):
                if self.snippet.figure(number, scheme).is_file():
                    self.snippet.figure(number, scheme).unlink()
            number += 1

    def _updatable(self) -> bool:
        return not (_world.is_keras3 and not self.snippet.is_variant)

    # -- judging one reply ------------------------------------------------

    def _expected(self, source: str, reply) -> str:
        written = {int(k): v for k, v in reply["written"].items()}
        error = reply["error"]
        if error is not None:
            line = error["line"] or 1
            written[line] = written.get(line, "") + error["text"] + "\n"
        written.pop(0, None)
        return outputs.render(source, written)

    def _first_difference(self, source: str, reply) -> int:
        return outputs.first_difference(source, self._expected(source, reply))

    def _judge(self, source: str, reply) -> Verdict:
        declared = self.snippet.declared_error(source)
        error = reply["error"]
        if declared is None and error is not None:
            return "error", "%s:%s: raised %s\n%s" % (
                self.display, error["line"] or 1, error["text"], error["traceback"])
        if declared is not None and error is None:
            return "declared", (
                "%s:%d: declares '# Raises %s on purpose' but finished "
                "without raising" % (self.display, declared.line, declared.name))
        if declared is not None and declared.name not in error["mro"]:
            return "declared", "%s:%s: declares %s on purpose but raised %s\n%s" % (
                self.display, error["line"] or 1, declared.name, error["text"],
                error["traceback"])
        expected = self._expected(source, reply)
        if expected == source:
            return None
        line = outputs.first_difference(source, expected)
        if not self._updatable():
            return "stale", (
                "%s:%d: prints something else on TensorFlow %s than on TF "
                "2.4; write a Keras 3 variant %s beside it (the page keeps "
                "including the base only; the build adds the Keras 3 tab)\n%s"
                % (self.display, line, _world.version,
                   self.snippet.variant.display,
                   outputs.diff(self.display, source, expected)))
        return "stale", (
            "%s:%d: stale output: the #> comments differ from what the "
            "snippet printed on TensorFlow %s; run './tfn update %s' to "
            "rewrite them\n%s"
            % (self.display, line, _world.version, self.display,
               outputs.diff(self.display, source, expected)))

    @staticmethod
    def _left_state_changed(reply) -> bool:
        return bool(reply["flipped"] or reply["changed"])

    def _fail_leak(self, reply):
        lines = []
        for name, old, new, line in reply["flipped"]:
            lines.append(
                "%s:%s: left the global setting %s changed (%s -> %s); "
                "restore it before the snippet ends, or later code inherits it"
                % (self.display, line or 1, name, old, new))
        from tfnotes.harness.state import HOW_TO_RESTORE

        kinds = []
        for kind, text in reply["changed"]:
            if kind.startswith("switch:") and reply["flipped"]:
                continue
            lines.append("%s:1: left process state changed: %s" % (self.display, text))
            if kind not in kinds:
                kinds.append(kind)
        hints = [HOW_TO_RESTORE[k] for k in kinds if k in HOW_TO_RESTORE]
        if hints:
            lines.append("fix: " + "; ".join(hints) + " (a later snippet would "
                         "see the change; the worker was replaced)")
        raise SnippetFailure("\n".join(lines))

    # -- reruns: alone, then bisecting the snippets that ran before --------

    def _fails_after(self, supervisor, before: List[str], seed: Optional[int],
                     then_another_seed: bool = False) -> Tuple[Verdict, Verdict]:
        """Run ``before`` then this snippet, seeded with ``seed``, in a
        fresh worker; its verdict, and with ``then_another_seed`` (when it
        failed) the verdict of one more run seeded afresh."""
        worker = supervisor.fresh()
        try:
            for path in before:
                try:
                    self._run_in(worker, path)
                except WorkerDied:
                    worker = supervisor.fresh()
            source = self.snippet.source()
            try:
                first = self._verdict(source, self._run_in(worker, seed=seed))
                if first is None or not then_another_seed:
                    return first, None
                return first, self._verdict(source, self._run_in(worker))
            except WorkerDied as died:
                return ("died", str(died)), None
        finally:
            worker.kill()

    def _diagnose(self, supervisor, before: List[str], seed: Optional[int], message: str) -> None:
        """Rerun a failing snippet alone, with the seed it failed with: it
        fails there too (its own fault; unless another seed passes, which
        makes it random), or passes (an earlier snippet leaked state:
        bisect them to name it)."""
        alone, another = self._fails_after(supervisor, [], seed, then_another_seed=True)
        if alone is not None and another is None:
            raise SnippetFailure(
                "%s:1: fails with some random seeds and passes with others (it "
                "failed with seed %s, alone too): %s\nWith seed %s it failed "
                "with:\n%s" % (self.display, seed, SEED_ADVICE, seed, message))
        if alone is not None:
            return  # fails alone too: its own fault, reported as it is
        if not before:
            raise SnippetFailure(
                "%s:1: failed once and passed when run again alone with the "
                "same seed (%s): it does not behave the same on every run "
                "(timing, threads?)\nThe failing run said:\n%s" % (self.display, seed, message))
        culprit = self._bisect(supervisor, before, seed)
        root = _root(self.config)
        if culprit is None:
            named = ("re-running the %d snippets that ran before it did not "
                     "reproduce the failure (an order-dependent interaction)"
                     % len(before))
        else:
            named = ("bisecting the %d snippets that ran before it names %s: "
                     "it leaves state behind that changes this snippet"
                     % (len(before), snippet_model.from_path(Path(culprit), root).display))
        raise SnippetFailure(
            "%s:1: fails only after other snippets: leaked state. It passes "
            "alone in a fresh process with the same seed (%s); %s.\nIn the "
            "shared process it failed with:\n%s" % (self.display, seed, named, message))

    def _bisect(self, supervisor, before: List[str], seed: Optional[int]) -> Optional[str]:
        """The one earlier snippet after which this one fails, as
        detect-test-pollution finds it: halve the candidates, keep the
        half that still breaks it."""
        if self._fails_after(supervisor, before, seed)[0] is None:
            return None
        candidates = list(before)
        while len(candidates) > 1:
            half = candidates[: len(candidates) // 2]
            rest = candidates[len(candidates) // 2:]
            if self._fails_after(supervisor, half, seed)[0] is not None:
                candidates = half
            else:
                candidates = rest
        if self._fails_after(supervisor, candidates, seed)[0] is None:
            return None
        return candidates[0]

    def repr_failure(self, excinfo, style=None):
        pages = ", ".join(self.pages()) or "no page (orphan)"
        head = "snippet %s on TensorFlow %s, shown on %s" % (
            self.display, _world.version, pages)
        if isinstance(excinfo.value, SnippetFailure):
            return head + "\n" + str(excinfo.value)
        return head + "\n" + str(super().repr_failure(excinfo, style))

    def reportinfo(self):
        return self.path, None, "snippet %s" % self.display


def _hashes(reply) -> List[str]:
    return [f["data_hash"] for f in reply.get("figures") or []]


def _log_excerpt(text: str) -> str:
    text = text.strip()
    if not text:
        return "(the worker printed nothing to stderr)"
    return "last lines the worker printed:\n" + "\n".join(text.splitlines()[-12:])
