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
output comments match what it printed (:mod:`tfnotes.harness.verdict`).
A failing snippet is rerun alone in a fresh worker: if it passes there, an
earlier snippet leaked state, and bisecting the earlier snippets names it
(:mod:`tfnotes.harness.diagnosis`; ``--snippet-diagnosis off`` skips
those reruns for runs whose failures are known). ``--update-outputs`` rewrites the
comments and figures instead, unless the output changes with the seed
(:mod:`tfnotes.harness.updates`, applied when the session ends).
The stage fails unless every collected snippet reported a result.

This module holds the pytest hooks and the item that ties those together.
"""

import random
import sys
from pathlib import Path
from typing import Dict, List, Optional

import pytest

from tfnotes import includes
from tfnotes import snippet as snippet_model
from tfnotes.harness import (
    committed,
    diagnosis,
    memcgroup,
    options,
    order,
    sandbox,
    updates,
    verdict,
)
from tfnotes.harness.reruns import Reruns
from tfnotes.harness.supervisor import (
    Supervisor,
    Worker,
    WorkerDied,
    standby_due,
)
from tfnotes.harness.verdict import Kind, Reply, Subject
from tfnotes.harness.world import World, installed_version

# Snippets ahead of one that declares a state change at which its
# successor worker starts: about TensorFlow's import time (~1.2 s) in snippets.
STANDBY_LEAD = 10


class SnippetFailure(Exception):
    """A snippet broke one of the rules; the message says which and where."""


def pytest_addoption(parser):
    options.add(parser)


_world = World()


class _Session:
    """Per-run state: the supervisor, the collected/reported counts and
    the pending ``--update-outputs`` edits."""

    def __init__(self):
        self.supervisor: Optional[Supervisor] = None
        self.seeds = random.Random(random.SystemRandom().randrange(2**63))
        self.pages: Optional[Dict[str, List[str]]] = None
        self.collected: List[str] = []
        # Per collected snippet, in run order: whether it declares that it
        # changes process state (so its worker is replaced after it).
        self.declares: List[bool] = []
        self.reported: Dict[str, str] = {}
        self.pending = updates.Pending()

    def supervisor_for(self, config) -> Supervisor:
        if self.supervisor is None:
            try:
                cap = sandbox.memory_cap_gib(config.getoption("--snippet-memory-cap"))
                self.supervisor = Supervisor(sys.executable, str(config.rootpath), cap)
                _say(config, memcgroup.unavailable())
                self.supervisor.start()
            except sandbox.SandboxUnavailable as refused:
                self.supervisor = None
                pytest.exit("tfnotes: %s" % refused, returncode=pytest.ExitCode.USAGE_ERROR)
        return self.supervisor

    def missing(self) -> List[str]:
        """Collected snippets that reported no result."""
        return [n for n in self.collected if n not in self.reported]


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


def _order(config) -> str:
    resolved = order.resolve(config.getoption("--snippet-order"))
    config.option.snippet_order = resolved
    return resolved


def pytest_collection_modifyitems(session, config, items):
    snippets = [i for i in items if isinstance(i, SnippetItem)]
    if not snippets:
        return
    chosen = _order(config)
    if chosen == "path":
        return
    others = [i for i in items if not isinstance(i, SnippetItem)]
    try:
        snippets = order.arrange(snippets, chosen, lambda item: item.declares_state_change)
    except ValueError as error:
        raise pytest.UsageError(str(error)) from None
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
        installed_version("numpy"),
        sys.version.split()[0],
        _order(config),
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if call.when == "call" and isinstance(item, SnippetItem):
        _session(item.config).reported[item.nodeid] = report.outcome
    return report


def pytest_sessionfinish(session, exitstatus):
    state = _session(session.config)
    state.pending.apply()
    if state.missing() and session.exitstatus == 0:
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
    missing = state.missing()
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
    if supervisor is not None and supervisor.fresh_started:
        terminalreporter.write_line(
            "tfnotes: %d fresh worker(s) reran failing snippets to find the "
            "cause" % supervisor.fresh_started)


class SnippetFile(pytest.File):
    def collect(self):
        yield SnippetItem.from_parent(self, name=_world.label)


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
        """The pages that show this snippet (read once a run)."""
        state = _session(self.config)
        if state.pages is None:
            state.pages = includes.pages_by_snippet(_root(self.config) / "docs")
        return state.pages.get(self.snippet.name, [])

    def subject(self) -> Subject:
        """This snippet and what its runs are judged against."""
        return Subject(
            snippet=self.snippet,
            version=_world.version,
            updatable=not (_world.is_keras3 and not self.snippet.is_variant),
            pages=tuple(self.pages()),
            figures=committed.read_figures(self.snippet),
        )

    def run_in(self, worker: Worker, subject: Subject, path: Optional[str] = None,
               seed: Optional[int] = None) -> Reply:
        """Run a snippet (this one unless ``path``) in ``worker``, seeded
        with ``seed`` or the next seed of the run's sequence."""
        if seed is None:
            seed = _session(self.config).seeds.randrange(2**31)
        timeout = self.config.getoption("--snippet-timeout")
        return worker.run(path or str(self.path), timeout, seed, **self._figure_options(subject, path))

    def _figure_options(self, subject: Subject, path: Optional[str]) -> Dict[str, object]:
        """What the worker need not draw: on Keras 3 a base snippet's
        figures are compared by their data only; elsewhere the sealed
        committed ones (unless --update-outputs is to rewrite them)."""
        if path is not None and path != str(self.path):
            return {}
        if not subject.updatable:
            return {"draw_figures": False}
        if self.config.getoption("--update-outputs"):
            return {}
        return {"known_figures": committed.known_seals(subject.figures)}

    def _replacement_soon(self) -> bool:
        state = _session(self.config)
        if self.nodeid not in state.collected:
            return False
        return standby_due(state.declares, state.collected.index(self.nodeid), STANDBY_LEAD)

    def runtest(self):
        state = _session(self.config)
        supervisor = state.supervisor_for(self.config)
        worker = supervisor.start()
        if self._replacement_soon():
            supervisor.ensure_standby()
        ran_before = list(worker.ran)
        subject = self.subject()
        try:
            reply = self.run_in(worker, subject)
        except WorkerDied as died:
            supervisor.recycle()
            raise SnippetFailure("%s:%s: %s\n%s" % (
                self.display, died.line or 1, died,
                _log_excerpt(worker.log_tail()))) from None
        source = self.snippet.source()
        if verdict.left_state_changed(reply):
            supervisor.recycle()
            if not self.snippet.changes_state_on_purpose(source):
                raise SnippetFailure(verdict.leak(self.display, reply).message)
        found = verdict.judge(subject, source, reply)
        updating = self.config.getoption("--update-outputs") and subject.updatable
        drawn = reply.get("figures") or []
        if found.passed:
            if updating:  # the same drawing: seal it anew if need be
                state.pending.add(updates.figure_edits(self.snippet, drawn))
            return
        if found.kind is Kind.FIGURE_PROBLEM:
            raise SnippetFailure(found.message)
        reruns = Reruns(supervisor, self.snippet, subject,
                        lambda worker, path=None, seed=None: self.run_in(worker, subject, path, seed))
        if found.kind is Kind.STALE:
            random_result = diagnosis.seed_dependence(self.display, source, reply, reruns.again())
            if random_result is not None:
                raise SnippetFailure(random_result)
            if updating:
                state.pending.add(updates.source_edits(
                    self.snippet, source, verdict.expected(source, reply)))
                state.pending.add(updates.figure_edits(self.snippet, drawn))
                return
        if self.config.getoption("--snippet-diagnosis") == "off":
            raise SnippetFailure(found.message)
        found_cause = diagnosis.diagnose(reruns, self.display, _root(self.config),
                                         ran_before, reply.get("seed"), found.message)
        raise SnippetFailure(found_cause.message)

    def repr_failure(self, excinfo, style=None):
        pages = ", ".join(self.pages()) or "no page (orphan)"
        head = "snippet %s on TensorFlow %s, shown on %s" % (
            self.display, _world.version, pages)
        if isinstance(excinfo.value, SnippetFailure):
            return head + "\n" + str(excinfo.value)
        return head + "\n" + str(super().repr_failure(excinfo, style))

    def reportinfo(self):
        return self.path, None, "snippet %s" % self.display


def _say(config, line: str) -> None:
    """``line`` in the run's output, even under ``-q``."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if line and reporter is not None:
        reporter.write_line(line)


def _log_excerpt(text: str) -> str:
    text = text.strip()
    if not text:
        return "(the worker printed nothing to stderr)"
    return "last lines the worker printed:\n" + "\n".join(text.splitlines()[-12:])
