"""The event files: each world runs the page's logging snippet in the
snippet sandbox, in a folder of its own; and the scalar tags they hold."""

import os
import subprocess
import time
from pathlib import Path
from typing import Dict, List, Sequence

from tfnotes.harness import sandbox
from tfnotes.screenshots.shots import ScreenshotError, Shot


def _snippet_env() -> dict:
    return dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2", PYTHONDONTWRITEBYTECODE="1")


def write_logs(shots: Sequence[Shot], workdirs: Sequence[Path], timeout: float = 120) -> List[Path]:
    """Run each shot's snippet with its world's Python in its ``workdir``,
    all at once (the worlds share nothing); returns the ``logs`` folders
    they wrote."""
    running = []
    try:
        for shot, workdir in zip(shots, workdirs):
            snippet = shot.snippet()
            try:
                # In the snippet sandbox, like every snippet run; only
                # its workdir (where it writes the logs) is writable.
                argv, cap = sandbox.command(
                    [str(shot.world.python), str(snippet.path)],
                    readable=[str(snippet.path.parent), str(shot.world.python.parent.parent)],
                    writable=[str(workdir)])
                proc = subprocess.Popen(
                    argv, cwd=str(workdir), env=_snippet_env(), preexec_fn=cap,
                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                )
            except sandbox.SandboxUnavailable as exc:
                raise ScreenshotError(str(exc)) from None
            except OSError as exc:
                raise ScreenshotError("%s on %s: cannot start %s (%s); run ./tfn setup"
                                      % (snippet.display, shot.label, shot.world.python, exc)) from None
            running.append((shot, snippet, workdir, proc))
        deadline = time.monotonic() + timeout
        found = []
        for shot, snippet, workdir, proc in running:
            try:
                output, _ = proc.communicate(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                raise ScreenshotError("%s on %s: did not finish in %d s"
                                      % (snippet.display, shot.label, timeout)) from None
            if proc.returncode != 0:
                tail = "\n".join(output.strip().splitlines()[-15:])
                raise ScreenshotError("%s on %s: exit %d; ./tfn check %s says why:\n%s"
                                      % (snippet.display, shot.label, proc.returncode, snippet.display, tail))
            logs = workdir / "logs"
            if not any(logs.glob("*/events.out.tfevents.*")):
                raise ScreenshotError("%s on %s wrote no event file under logs/<run>/; the screenshot "
                                      "needs the snippet to log with the TensorBoard callback into logs/"
                                      % (snippet.display, shot.label))
            found.append(logs)
        return found
    finally:
        for _, _, _, proc in running:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def scalar_tags(logs: Path) -> Dict[str, List[str]]:
    """``{run: [scalar tag, ...]}`` of the event files under ``logs``, read
    with TensorBoard's own record reader (its TensorFlow-free one, so this
    costs no TensorFlow import), not through its server."""
    from tensorboard.compat.proto import event_pb2
    from tensorboard.compat.tensorflow_stub import (
        errors,
        pywrap_tensorflow,
    )

    found: Dict[str, set] = {}
    for path in sorted(logs.glob("*/events.out.tfevents.*")):
        tags = found.setdefault(path.parent.name, set())
        reader = pywrap_tensorflow.PyRecordReader_New(str(path))
        while True:
            try:
                reader.GetNext()
            except errors.OutOfRangeError:
                break
            for value in event_pb2.Event.FromString(reader.record()).summary.value:
                if value.HasField("simple_value") or value.metadata.plugin_data.plugin_name == "scalars":
                    tags.add(value.tag)
    return {run: sorted(tags) for run, tags in sorted(found.items()) if tags}
