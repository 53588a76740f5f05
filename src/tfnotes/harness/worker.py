"""The worker: one warm TensorFlow process that runs snippets on request.

Started by :mod:`tfnotes.harness.supervisor` as
``python -m tfnotes.harness.worker REQUEST_FD REPLY_FD``. It imports
TensorFlow once, takes a snapshot of the process state, says it is ready,
then for each request (one JSON line: the snippet's path and time limit)
runs the snippet with :func:`tfnotes.harness.isolation.run_snippet` and
replies with one JSON line: what it printed per line, how it ended, and
what process state it left changed. Snippet output never goes near the
reply pipe (the harness records ``sys.stdout``; native writes to fds 1 and 2
go to the supervisor's log), so a snippet cannot forge a reply by printing.
"""

import os
import resource
import sys
import time
import traceback
from json import dumps as _dumps
from json import loads as _loads

from tfnotes.harness import sandbox

# Names a site-packages folder put on the path after the world's own
# (tfnotes.history.snippetruns: what a release world lacks).
EXTRA_SITE = "TFNOTES_EXTRA_SITE"
# Bound at import: a snippet that monkeypatches json (or time) must not be
# able to garble the replies.
_clock = time.perf_counter


def _error(path, result):
    if result.error is None:
        return None
    exc = result.error
    cap = resource.getrlimit(resource.RLIMIT_DATA)[0] / sandbox.GIB
    why = sandbox.explain(exc, cap)
    frames = [
        f for f in traceback.extract_tb(exc.__traceback__)
        if f.filename == path or "site-packages" not in f.filename
    ][1:]
    tb = (why + "\n" if why else "") + "Traceback (snippet and innermost frames):\n" + "".join(
        traceback.format_list(frames[-6:])) + "%s: %s" % (type(exc).__name__, exc)
    return {
        "type": type(exc).__name__,
        "mro": [c.__name__ for c in type(exc).__mro__],
        "line": result.error_line,
        "text": result.error_text,
        "traceback": tb,
    }


def _warm_up_lazy_state(tf) -> None:
    """Set up, before the baseline, what the libraries set up on first use
    rather than at import: such a change is not a snippet's doing.

    * ``from tensorflow.keras import layers`` replaces the lazy ``tf.keras``
      (and its submodules) with the imported modules, and so does the
      first import of ``tensorflow.summary``, ``tensorflow.saved_model``
      and other lazy submodules: import them all now.
    * TensorFlow's first SavedModel save sets absl's logger level from its
      ``verbosity`` flag (absl's default: WARNING).
    """
    import importlib
    import types

    todo = [("tensorflow.keras", tf.keras)]
    for attr in dir(tf):
        value = getattr(tf, attr, None) if not attr.startswith("_") else None
        if isinstance(value, types.ModuleType) and attr != "keras":
            try:
                importlib.import_module("tensorflow." + attr)
            except Exception:  # noqa: BLE001 - not importable by that name
                pass
    while todo:
        name, module = todo.pop()
        try:
            module = importlib.import_module(name)
        except Exception:  # noqa: BLE001 - not importable by that name
            pass
        if name.count(".") >= 4:
            continue
        for attr in dir(module):
            value = getattr(module, attr, None) if not attr.startswith("_") else None
            if isinstance(value, types.ModuleType):
                todo.append((name + "." + attr, value))
    try:
        from absl import logging as absl_logging
    except ImportError:
        pass
    else:
        absl_logging.set_verbosity(absl_logging.get_verbosity())
    try:
        import matplotlib
    except ImportError:
        return
    from tfnotes.harness import figures

    figures.apply_style(matplotlib)
    import matplotlib.pyplot  # noqa: F401 - its import settles rcParams


def main(request_fd: int, reply_fd: int) -> int:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    sandbox.seed_matplotlib_cache()
    extra_site = os.environ.get(EXTRA_SITE)
    if extra_site:
        # After the world's own packages, so it only adds what they lack.
        import site

        site.addsitedir(extra_site)
    requests = os.fdopen(request_fd, "r", encoding="utf-8")
    replies = os.fdopen(reply_fd, "w", encoding="utf-8")
    # The snippets' own fds 1/2 are the supervisor's log; keep the real
    # stdout object aside so nothing of ours is mistaken for a reply.
    import numpy as np
    import tensorflow as tf

    from tfnotes.harness import isolation, state

    _warm_up_lazy_state(tf)
    switches = isolation.tf_switches(tf)
    tf.keras.backend.clear_session()
    # Twice: the first walk triggers TF's lazy imports, the second is the
    # state every snippet must leave behind.
    state.snapshot(tf, np, switches)
    baseline = state.snapshot(tf, np, switches)

    def reply(message):
        replies.write(_dumps(message) + "\n")
        replies.flush()

    reply({
        "ready": True,
        "tensorflow": tf.__version__,
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "pid": os.getpid(),
    })
    for line in requests:
        request = _loads(line)
        path = request["path"]
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
        began = _clock()
        result = isolation.run_snippet(path, source, tf, np, request["timeout"],
                                       request.get("seed"))
        seconds = _clock() - began
        drawn = []
        if "matplotlib.pyplot" in sys.modules:
            from tfnotes.harness import figures

            drawn = figures.capture(sys.modules["matplotlib.pyplot"], source,
                                    request.get("known_figures"),
                                    request.get("draw_figures", True))
        after = state.snapshot(tf, np, switches)
        changed = state.changes(baseline, after)
        reply({
            "written": {str(k): v for k, v in result.written.items()},
            "error": _error(path, result),
            "flipped": [[n, repr(a), repr(b), ln] for n, a, b, ln in result.flipped],
            "changed": changed,
            "figures": drawn,
            "seed": result.seed,
            "seconds": seconds,
        })
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), int(sys.argv[2])))
