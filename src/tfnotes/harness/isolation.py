"""Run one snippet in the shared TensorFlow process as if it were alone.

Importing TensorFlow costs about a second, so all snippets of one TF version
share one process. :func:`run_snippet` gives each a clean slate: fresh
globals, a cleared Keras session, reseeded random generators, a fresh
temporary working directory and a time limit (the network, the
read-only file system, the processes and the memory cap are the
operating system's: :mod:`tfnotes.harness.sandbox`). Afterwards it
checks that the process-wide TensorFlow switches a snippet may flip are as
they were, and puts them back if not (failing the snippet that flipped
them, since a reader running it would carry that state into later code).
"""

import contextlib
import faulthandler
import os
import random
import re
import sys
import tempfile
import traceback
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

DEFAULT_TIMEOUT = 20.0


@dataclass
class Switch:
    """A process-wide TF setting: how to read it, reset it, and find it."""

    name: str
    read: Callable[[], object]
    reset: Callable[[], None]
    setters: Tuple[str, ...]


def tf_switches(tf) -> List[Switch]:
    """The global TensorFlow settings a snippet could change."""
    k = tf.keras.backend
    switches = [
        Switch(
            "tf.config.run_functions_eagerly",
            tf.config.functions_run_eagerly,
            lambda: tf.config.run_functions_eagerly(False),
            ("run_functions_eagerly", "experimental_run_functions_eagerly"),
        ),
        Switch("keras floatx", k.floatx, lambda: k.set_floatx("float32"),
               ("set_floatx",)),
        Switch("keras epsilon", k.epsilon, lambda: k.set_epsilon(1e-7),
               ("set_epsilon",)),
        Switch(
            "keras image_data_format",
            k.image_data_format,
            lambda: k.set_image_data_format("channels_last"),
            ("set_image_data_format",),
        ),
        Switch(
            "eager execution",
            tf.executing_eagerly,
            lambda: None,  # cannot be switched back on in-process
            ("disable_eager_execution", "disable_v2_behavior"),
        ),
    ]
    mp = getattr(tf.keras, "mixed_precision", None)
    if mp is not None and hasattr(mp, "global_policy"):
        switches.append(
            Switch(
                "keras mixed precision policy",
                lambda: mp.global_policy().name,
                lambda: mp.set_global_policy("float32"),
                ("set_global_policy", "set_policy"),
            )
        )
    return switches


@dataclass
class Result:
    """What one snippet did: output per line, and how it ended."""

    written: Dict[int, str] = field(default_factory=dict)
    error: Optional[BaseException] = None
    error_line: Optional[int] = None
    error_text: str = ""
    flipped: List[Tuple[str, object, object, Optional[int]]] = field(
        default_factory=list
    )
    seed: Optional[int] = None  # what the harness seeded the generators with


class _Recorder:
    """A stand-in for ``sys.stdout`` that files each write under the
    snippet line being executed when it was written."""

    encoding = "utf-8"

    def __init__(self, path: str, result: Result):
        self.path = path
        self.result = result

    def _line(self) -> int:
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code.co_filename == self.path:
                return frame.f_lineno
            frame = frame.f_back
        return 0

    def write(self, text: str) -> int:
        line = self._line()
        self.result.written[line] = self.result.written.get(line, "") + text
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


@contextlib.contextmanager
def _where_if_stuck(seconds: float):
    """Dump every thread's stack to stderr once ``seconds`` have passed.

    The worker cannot stop a snippet stuck inside a TensorFlow op (a
    Python signal handler only runs between bytecodes); the supervisor
    kills the worker instead. faulthandler's dump runs on a C thread, so
    it still tells where the snippet was, for the failure message."""
    faulthandler.dump_traceback_later(seconds, exit=False, file=sys.stderr)
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


@contextlib.contextmanager
def _fresh_cwd():
    old = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="snippet-") as tmp:
        os.chdir(tmp)
        try:
            yield tmp
        finally:
            os.chdir(old)


def reseed(tf=None, np=None, seed: Optional[int] = None) -> int:
    """Reseed every random generator a snippet may use; return the seed.

    The seed is fresh for each snippet unless given: a reader runs a
    snippet in a new Python where nothing is seeded, so a snippet whose
    output depends on randomness must seed it itself. With a fixed seed
    here, a snippet that forgot would pass the suite and print other
    numbers for the reader; with a fresh one its output changes and the
    stale-output check catches it."""
    if seed is None:
        seed = random.SystemRandom().randrange(2**31)
    random.seed(seed)
    if np is not None:
        np.random.seed(seed)
    if tf is not None:
        tf.random.set_seed(seed)
    return seed


def _line_in(path: str, tb) -> Optional[int]:
    """The module-level line of ``path`` that was running in ``tb``."""
    for frame, line in traceback.walk_tb(tb):
        if frame.f_code.co_filename == path:
            return line
    return None


def _setter_line(source: str, setters) -> Optional[int]:
    pattern = re.compile(r"\b(%s)\s*\(" % "|".join(map(re.escape, setters)))
    for number, line in enumerate(source.splitlines(), start=1):
        if pattern.search(line):
            return number
    return None


def run_snippet(path: str, source: str, tf=None, np=None,
                timeout: float = DEFAULT_TIMEOUT, seed: Optional[int] = None) -> Result:
    """Execute ``source`` (read from ``path``) in isolation.

    Returns a :class:`Result`; never raises for what the snippet does.
    """
    result = Result()
    switches = tf_switches(tf) if tf is not None else []
    before = [s.read() for s in switches]
    if tf is not None:
        tf.keras.backend.clear_session()
    result.seed = reseed(tf, np, seed)
    try:
        code = compile(source, path, "exec", dont_inherit=True)
    except SyntaxError as exc:
        result.error, result.error_line = exc, exc.lineno
        result.error_text = "SyntaxError: %s" % exc.msg
        return result
    scope = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    recorder = _Recorder(path, result)
    saved_stdout, saved_argv = sys.stdout, sys.argv
    try:
        with _fresh_cwd(), _where_if_stuck(timeout):
            sys.stdout, sys.argv = recorder, [path]
            try:
                exec(code, scope)
            finally:
                sys.stdout, sys.argv = saved_stdout, saved_argv
    except BaseException as exc:  # noqa: BLE001 - the snippet's, reported
        if isinstance(exc, KeyboardInterrupt):
            raise
        result.error = exc
        result.error_line = _line_in(path, exc.__traceback__)
        # TF wraps errors raised in tf.function as "in user code: ...";
        # the last line of the message is the one that names the problem.
        lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
        last = lines[-1] if lines else ""
        name = type(exc).__name__
        if last.startswith(name + ":"):
            last = last[len(name) + 1 :].strip()
        result.error_text = name + (": " + last if last else "")
    for switch, old in zip(switches, before):
        now = switch.read()
        if now != old:
            result.flipped.append(
                (switch.name, old, now, _setter_line(source, switch.setters))
            )
            switch.reset()
    scope.clear()
    if tf is not None:
        tf.keras.backend.clear_session()
    return result
