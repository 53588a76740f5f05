"""Measure the snippets' own compute, inside one TensorFlow process.

Run with the tf24 world's Python (3.8, so no newer syntax here):

    .venvs/tf24/bin/python bench/snippet_driver.py SNIPPET.py [SNIPPET.py ...]

Imports TensorFlow once (not timed), then for each snippet, in a fresh
temporary working directory and after ``tf.keras.backend.clear_session()``,
times only ``exec(compile(source))``. Errors (a snippet raising on purpose)
are caught and recorded. Prints one JSON object on the last stdout line:
``{"import_s": ..., "snippets": [{"path", "seconds", "error"}, ...]}``.
"""

import io
import json
import os
import sys
import tempfile
import time


def main(paths):
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    start = time.perf_counter()
    import tensorflow as tf

    import_s = time.perf_counter() - start
    real_stdout = sys.stdout
    results = []
    home = os.getcwd()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
        tf.keras.backend.clear_session()
        scope = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
        error = None
        with tempfile.TemporaryDirectory(prefix="bench-snippet-") as tmp:
            os.chdir(tmp)
            sys.stdout, sys.argv = io.StringIO(), [path]
            began = time.perf_counter()
            try:
                exec(compile(source, path, "exec", dont_inherit=True), scope)
            except BaseException as exc:  # noqa: BLE001 - raising on purpose is fine
                if isinstance(exc, KeyboardInterrupt):
                    raise
                error = type(exc).__name__
            took = time.perf_counter() - began
            sys.stdout = real_stdout
            os.chdir(home)
        scope.clear()
        results.append({"path": path, "seconds": took, "error": error})
    tf.keras.backend.clear_session()
    real_stdout.write("\n" + json.dumps({"import_s": import_s, "snippets": results}) + "\n")
    real_stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
