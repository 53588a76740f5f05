"""The process state one snippet could leave behind for the next.

Snippets share one warm TensorFlow process. A snippet that changes
something process-wide (NumPy's print options, an environment variable, a
monkeypatched ``tf.keras`` attribute, a thread it never stops, ...) would
pass itself and break a later snippet with a misleading diff. So the worker
takes a :func:`snapshot` once it is warm and compares every snippet's
aftermath with it (:func:`changes`); the snippet that changed anything
fails, naming what, and the worker is replaced.
"""

import glob
import logging
import os
import sys
import threading
import time
import types
import warnings
from typing import Dict, List, Tuple

Snapshot = Dict[str, object]

# How deep to follow submodules below tf.keras (tf.keras.layers.experimental.
# preprocessing is 3 levels down).
_KERAS_DEPTH = 4


def _public(module) -> Dict[str, int]:
    """``{name: id(value)}`` of a module's public attributes."""
    found = {}
    for name in dir(module):
        if name.startswith("_"):
            continue
        try:
            found[name] = id(getattr(module, name))
        except Exception:  # noqa: BLE001 - a lazy attribute that fails to load
            continue
    return found


def _keras_tree(keras) -> Dict[str, int]:
    """Identities of every public attribute of tf.keras and its submodules."""
    found: Dict[str, int] = {}
    seen = set()
    todo: List[Tuple[str, object, int]] = [("tf.keras", keras, 0)]
    while todo:
        prefix, module, depth = todo.pop()
        if id(module) in seen:
            continue
        seen.add(id(module))
        for name, ident in _public(module).items():
            found[prefix + "." + name] = ident
            value = getattr(module, name, None)
            if depth < _KERAS_DEPTH and isinstance(value, types.ModuleType):
                todo.append((prefix + "." + name, value, depth + 1))
    return found


def _loggers() -> Dict[str, int]:
    levels = {"(root)": logging.getLogger().level}
    for name, logger in list(logging.Logger.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger):
            levels[name] = logger.level
    return levels


def _in_sandbox() -> bool:
    """Whether this process runs in bubblewrap's PID namespace."""
    try:
        with open("/proc/1/cmdline", "rb") as handle:
            init = handle.read().split(b"\0")[0]
    except OSError:
        return False
    return os.getppid() == 1 and os.path.basename(init) == b"bwrap"


def _pids() -> List[str]:
    """Every other process the worker can see. In the sandbox's PID
    namespace that is every process a snippet started, double-forked
    daemons included, except the namespace's init (bwrap, pid 1); outside
    one (a worker run by hand), its own children."""
    if _in_sandbox():
        me = str(os.getpid())
        return [p for p in os.listdir("/proc") if p.isdigit() and p not in ("1", me)]
    pids = []
    for listing in glob.glob("/proc/self/task/*/children"):
        try:
            pids += open(listing).read().split()
        except OSError:
            continue
    return pids


# How long a child in the middle of exec() may keep its command line empty.
_EXEC_WAIT = 0.5


def _cmdline(pid: str) -> str:
    with open("/proc/%s/cmdline" % pid, "rb") as handle:
        return handle.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()


def _command(pid: str) -> str:
    """A process's command line. A process in the middle of exec() shows
    the new program's name but no command line yet (the kernel sets the
    name before it copies the arguments): wait until the arguments are
    there, so a snippet's leftover is named the same way on every run;
    a kernel thread or a process that never gets one: its name."""
    deadline = time.monotonic() + _EXEC_WAIT
    command = _cmdline(pid)
    while not command and time.monotonic() < deadline:
        time.sleep(0.005)
        command = _cmdline(pid)
    if not command:
        with open("/proc/%s/comm" % pid) as handle:
            command = handle.read().strip()
    return command


def _children() -> Dict[str, str]:
    """Processes a snippet started still running (Linux: /proc), by pid:
    their command lines. Exited ones not yet reaped do not count."""
    found: Dict[str, str] = {}
    for pid in _pids():
        try:
            with open("/proc/%s/stat" % pid) as handle:
                if handle.read().rsplit(")", 1)[-1].split()[0] == "Z":
                    continue
            found[pid] = _command(pid)
        except OSError:
            continue
    return found


def _threads() -> Dict[int, str]:
    return {t.ident: t.name for t in threading.enumerate() if t.is_alive()}


def snapshot(tf=None, np=None, switches=()) -> Snapshot:
    """Everything process-wide a later snippet could see."""
    state: Snapshot = {
        "os.environ": dict(os.environ),
        "cwd": os.getcwd(),
        "sys.path": list(sys.path),
        "warning filters": [repr(f) for f in warnings.filters],
        "logging levels": _loggers(),
        "threads": _threads(),
        "child processes": _children(),
    }
    for switch in switches:
        state["switch:" + switch.name] = switch.read()
    matplotlib = sys.modules.get("matplotlib")
    if matplotlib is not None:
        state["matplotlib rcParams"] = {
            k: repr(v) for k, v in dict.items(matplotlib.rcParams)
        }
    if np is not None:
        state["numpy print options"] = {
            k: repr(v) for k, v in np.get_printoptions().items()
        }
        state["numpy error handling (np.seterr)"] = dict(np.geterr())
        state["numpy attributes"] = _public(np)
    if tf is not None:
        state["tensorflow attributes"] = _public(tf)
        state["tf.keras attributes"] = _keras_tree(tf.keras)
    return state


def _mapping_change(what: str, old: dict, new: dict, limit: int = 3) -> List[str]:
    changed = []
    for key in sorted(set(old) | set(new), key=str):
        if key not in new:
            changed.append("%s: %s removed" % (what, key))
        elif key not in old:
            changed.append("%s: %s added (%s)" % (what, key, _short(new[key])))
        elif old[key] != new[key]:
            changed.append(
                "%s: %s changed (%s -> %s)" % (what, key, _short(old[key]), _short(new[key]))
            )
    if len(changed) > limit:
        changed = changed[:limit] + ["%s: and %d more" % (what, len(changed) - limit)]
    return changed


def _short(value) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "..."


# How to put each kind of state back, said in the failure message.
HOW_TO_RESTORE = {
    "os.environ": "restore os.environ (or leave it alone)",
    "cwd": "do not leave the working directory changed",
    "sys.path": "do not leave sys.path changed",
    "warning filters": "use 'with warnings.catch_warnings():' around the change",
    "logging levels": "set the level back before the snippet ends",
    "threads": "stop and join every thread the snippet starts",
    "child processes": "wait for every process the snippet starts, double-forked "
    "ones too (subprocess.run, or terminate() and wait() it; what is left is "
    "killed with the worker's PID namespace)",
    "numpy print options": "use 'with np.printoptions(...):' instead of np.set_printoptions",
    "numpy error handling (np.seterr)": "use 'with np.errstate(...):' instead of np.seterr",
    "numpy attributes": "do not assign to numpy's attributes",
    "matplotlib rcParams": "use 'with plt.rc_context({...}):' or pass the "
    "style to the plotting call (the harness sets the site's figure style)",
    "tensorflow attributes": "do not assign to tensorflow's attributes",
    "tf.keras attributes": "do not assign to tf.keras's attributes",
}


def changes(before: Snapshot, after: Snapshot) -> List[Tuple[str, str]]:
    """``[(kind, description)]`` of what differs between two snapshots."""
    found = []
    for kind in before:
        old, new = before[kind], after.get(kind)
        if old == new:
            continue
        if kind in ("threads", "child processes"):
            started = {i: n for i, n in new.items() if i not in old}
            if started:
                found.append((kind, "%s still running: %s" % (kind, ", ".join(
                    sorted(_short(n) for n in started.values())))))
            continue
        if kind == "logging levels":
            # Loggers a library creates lazily are not a change; a level
            # set on an existing one is.
            old = {k: v for k, v in old.items() if k in new}
            new = {k: v for k, v in new.items() if k in old}
        if isinstance(old, dict) and isinstance(new, dict):
            for text in _mapping_change(kind, old, new):
                found.append((kind, text))
        elif isinstance(old, list) and isinstance(new, list):
            added = [x for x in new if x not in old]
            removed = [x for x in old if x not in new]
            text = "%s changed" % kind
            if added:
                text += ": added %s" % _short(added[0])
            elif removed:
                text += ": removed %s" % _short(removed[0])
            found.append((kind, text))
        elif old != new:
            found.append((kind, "%s changed (%s -> %s)" % (
                kind.replace("switch:", "global setting "), _short(old), _short(new))))
    return found
