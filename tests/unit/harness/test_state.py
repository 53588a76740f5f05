"""tfnotes.harness.state: what a snippet leaves behind is seen and named."""

import logging
import os
import sys
import threading
import time
import warnings

import numpy as np
import pytest

from tfnotes.harness import state


def _changes(change, undo):
    before = state.snapshot(np=np)
    change()
    try:
        return state.changes(before, state.snapshot(np=np))
    finally:
        undo()


def test_an_untouched_process_has_no_changes():
    assert state.changes(state.snapshot(np=np), state.snapshot(np=np)) == []


def test_environment_variable_added():
    found = _changes(lambda: os.environ.__setitem__("TFN_UNIT", "1"),
                     lambda: os.environ.pop("TFN_UNIT"))
    assert ("os.environ", "os.environ: TFN_UNIT added (1)") in found


def test_sys_path_and_warning_filters():
    found = _changes(lambda: sys.path.append("/nowhere"), lambda: sys.path.remove("/nowhere"))
    assert [k for k, _ in found] == ["sys.path"]
    with warnings.catch_warnings():
        found = _changes(lambda: warnings.simplefilter("error"), lambda: None)
    assert found and found[0][0] == "warning filters" and "added" in found[0][1]


def test_logging_level_of_an_existing_logger_but_not_a_new_logger():
    logger = logging.getLogger("tfn.unit.existing")
    found = _changes(lambda: logger.setLevel(logging.ERROR), lambda: logger.setLevel(logging.NOTSET))
    assert ("logging levels", "logging levels: tfn.unit.existing changed (0 -> 40)") in found
    assert _changes(lambda: logging.getLogger("tfn.unit.created.lazily"), lambda: None) == []


def test_a_thread_left_running():
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait, name="left-running")
    found = _changes(worker.start, lambda: (stop.set(), worker.join()))
    assert ("threads", "threads still running: left-running") in found


@pytest.mark.parametrize("change, undo, expected", [
    (lambda: np.set_printoptions(precision=3), lambda: np.set_printoptions(precision=8),
     "numpy print options: precision changed (8 -> 3)"),
    (lambda: np.seterr(over="raise"), lambda: np.seterr(over="warn"),
     "numpy error handling (np.seterr): over changed (warn -> raise)"),
])
def test_numpy_options(change, undo, expected):
    assert any(text == expected for _, text in _changes(change, undo))


def test_a_replaced_numpy_attribute():
    original = np.mean
    found = _changes(lambda: setattr(np, "mean", lambda *a: 0), lambda: setattr(np, "mean", original))
    assert [k for k, _ in found] == ["numpy attributes"]
    assert "numpy attributes: mean changed" in found[0][1]


def test_every_kind_of_change_says_how_to_avoid_it():
    kinds = set(state.snapshot(np=np)) - {"cwd"}
    assert kinds <= set(state.HOW_TO_RESTORE) | {"cwd"}, kinds - set(state.HOW_TO_RESTORE)


def test_a_child_process_left_running_but_not_one_waited_for():
    import subprocess

    before = state.snapshot()
    child = subprocess.Popen(["sleep", "30"])
    try:
        deadline = time.monotonic() + 10
        while not open("/proc/%d/cmdline" % child.pid, "rb").read() and time.monotonic() < deadline:
            time.sleep(0.01)  # forked, not yet exec'd
        found = state.changes(before, state.snapshot())
    finally:
        child.terminate()
        child.wait()
    assert ("child processes", "child processes still running: sleep 30") in found
    assert state.changes(before, state.snapshot()) == []


def test_a_child_in_the_middle_of_exec_is_named_by_its_command_line(monkeypatch):
    # The kernel sets the new program's name before its arguments: the
    # first reads find no command line, a later one the whole of it.
    reads = iter(["", "", "sleep 3370"])
    monkeypatch.setattr(state, "_cmdline", lambda pid: next(reads))
    assert state._command("42") == "sleep 3370"
