"""The pytest plugin that turns every ``snippets/**/*.py`` into a test.

Load it with ``-p tfnotes.harness.plugin`` (``pyproject.toml`` does) and
give pytest the ``snippets`` folder. Each snippet becomes one item whose id
is its path and the TensorFlow version it ran on, e.g.
``snippets/utils/to_categorical.py::tf2.4.4``, so ``pytest -k lstm`` works.

A snippet passes when it runs without error (or raises exactly what it
declares with a ``# Raises SomeError on purpose`` comment), leaves the
global TF switches as it found them, and its ``#>`` output comments match
what it printed. ``--update-outputs`` rewrites the comments instead.
"""

import os
import random
import re
import sys
from pathlib import Path
from typing import List, Optional

import pytest

from tfnotes import includes
from tfnotes.harness import isolation, outputs

RAISES = re.compile(r"^#\s*Raises\s+(?P<name>[A-Za-z_][\w.]*)\s+on purpose", re.M)


class SnippetFailure(Exception):
    """A snippet broke one of the rules; the message says which and where."""


def pytest_addoption(parser):
    group = parser.getgroup("tfnotes", "tfnotes snippet harness")
    group.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the #> output comments of snippets from this run",
    )
    group.addoption(
        "--snippet-order",
        default="random",
        help="'random' (a fresh seed, printed), 'random:SEED', 'reverse' or "
        "'path': snippets must pass in any order, so the default shuffles",
    )
    group.addoption(
        "--snippet-timeout",
        type=float,
        default=isolation.DEFAULT_TIMEOUT,
        help="seconds a snippet may run (default %(default)s)",
    )


class World:
    """The TensorFlow this process runs snippets on, imported once."""

    def __init__(self):
        self._tf = None
        self._np = None

    def load(self):
        if self._tf is None:
            os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
            import numpy
            import tensorflow

            self._tf, self._np = tensorflow, numpy
        return self._tf, self._np

    @property
    def version(self) -> str:
        return self.load()[0].__version__

    @property
    def is_keras3(self) -> bool:
        return not self.version.startswith("2.4.")

    @property
    def label(self) -> str:
        return "tf" + self.version


_world = World()


def pytest_configure(config):
    config.addinivalue_line("markers", "snippet: a snippets/ file run as a test")


def _roots(config):
    root = Path(str(config.rootpath))
    return root / "snippets", root / "docs"


def pytest_collect_file(file_path, parent):
    snippets, _ = _roots(parent.config)
    if file_path.suffix != ".py" or snippets not in file_path.parents:
        return None
    name = str(file_path.relative_to(snippets))
    if file_path.name.startswith("_"):
        return None
    if _world.is_keras3:
        # On Keras 3 a snippet's variant, where there is one, replaces it.
        if not includes.is_variant(name) and file_path.with_name(
            Path(includes.variant_of(name)).name
        ).exists():
            return None
    elif includes.is_variant(name):
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
    snippets, _ = _roots(parent.config)
    if snippets in module_path.parents:
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
    items[:] = snippets + others


def pytest_report_header(config):
    if not any("snippets" in str(a) for a in config.args):
        return None
    tf, np = _world.load()
    return "tfnotes: snippets run on TensorFlow %s (numpy %s, Python %s), order %s" % (
        tf.__version__,
        np.__version__,
        sys.version.split()[0],
        _order(config),
    )


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    items = [
        r
        for r in terminalreporter.stats.get("passed", [])
        + terminalreporter.stats.get("failed", [])
        if "::tf" in r.nodeid
    ]
    if items:
        passed = sum(1 for r in items if r.passed)
        terminalreporter.write_line(
            "tfnotes: %d of %d snippets passed on TensorFlow %s (order %s)"
            % (passed, len(items), _world.version, config.getoption("--snippet-order"))
        )


class SnippetFile(pytest.File):
    def collect(self):
        yield SnippetItem.from_parent(self, name=_world.label)


class SnippetItem(pytest.Item):
    """One snippet run on this process's TensorFlow."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        snippets, docs = _roots(self.config)
        self.snippet = str(self.path.relative_to(snippets))
        self.add_marker(pytest.mark.snippet)
        self._docs = docs

    @property
    def display(self) -> str:
        return str(self.path.relative_to(self.config.rootpath))

    def pages(self) -> List[str]:
        found = includes.pages_by_snippet(self._docs)
        return found.get(self.snippet, [])

    def runtest(self):
        tf, np = _world.load()
        source = self.path.read_text(encoding="utf-8")
        declared = RAISES.search(source)
        timeout = self.config.getoption("--snippet-timeout")
        result = isolation.run_snippet(str(self.path), source, tf, np, timeout)
        self._check_error(result, declared)
        if result.flipped:
            name, old, new, line = result.flipped[0]
            raise SnippetFailure(
                "%s:%s: left the global setting %s changed (%r -> %r); "
                "restore it before the snippet ends, or later code inherits it"
                % (self.display, line or 1, name, old, new)
            )
        written = dict(result.written)
        if result.error is not None:
            line = result.error_line or 1
            written[line] = written.get(line, "") + result.error_text + "\n"
        written.pop(0, None)
        expected = outputs.render(source, written)
        if expected != source:
            if _world.is_keras3 and not includes.is_variant(self.snippet):
                raise SnippetFailure(
                    "%s:%d: prints something else on TensorFlow %s than on TF "
                    "2.4; write a Keras 3 variant %s beside it and show both "
                    "in tabs\n%s"
                    % (self.display, outputs.first_difference(source, expected),
                       _world.version, includes.variant_of(self.snippet),
                       outputs.diff(self.display, source, expected))
                )
            if self.config.getoption("--update-outputs"):
                self.path.write_text(expected, encoding="utf-8")
                return
            line = outputs.first_difference(source, expected)
            raise SnippetFailure(
                "%s:%d: stale output: the #> comments differ from what the "
                "snippet printed on TensorFlow %s; run './tfn update' to "
                "rewrite them\n%s"
                % (self.display, line, _world.version,
                   outputs.diff(self.display, source, expected))
            )

    def _check_error(self, result, declared):
        if declared is None:
            if result.error is not None:
                raise SnippetFailure(
                    "%s:%s: raised %s\n%s"
                    % (self.display, result.error_line or 1, result.error_text,
                       _snippet_traceback(str(self.path), result.error))
                )
            return
        want = declared.group("name").split(".")[-1]
        if result.error is None:
            raise SnippetFailure(
                "%s:%d: declares '# Raises %s on purpose' but finished "
                "without raising" % (self.display, _line_of(declared), want)
            )
        names = [c.__name__ for c in type(result.error).__mro__]
        if want not in names:
            raise SnippetFailure(
                "%s:%s: declares %s on purpose but raised %s\n%s"
                % (self.display, result.error_line or 1, want,
                   result.error_text,
                   _snippet_traceback(str(self.path), result.error))
            )

    def repr_failure(self, excinfo, style=None):
        pages = ", ".join(self.pages()) or "no page (orphan)"
        head = "snippet %s on TensorFlow %s, shown on %s" % (
            self.display, _world.version, pages)
        if isinstance(excinfo.value, SnippetFailure):
            return head + "\n" + str(excinfo.value)
        return head + "\n" + super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, "snippet %s" % self.display


def _line_of(match) -> int:
    return match.string.count("\n", 0, match.start()) + 1


def _snippet_traceback(path: str, error: Optional[BaseException]) -> str:
    import traceback

    frames = [
        f for f in traceback.extract_tb(error.__traceback__)
        if f.filename == path or "site-packages" not in f.filename
    ][1:]
    lines = traceback.format_list(frames[-6:])
    return "Traceback (snippet and innermost frames):\n" + "".join(lines) + (
        "%s: %s" % (type(error).__name__, error)
    )
