"""One block run as a reader runs it: its file copied alone into an empty
folder and started as ``python <name>.py`` with the venv of its pip line,
in the harness's bubblewrap sandbox (no network, nothing writable but
that folder), with a fresh ``HOME`` and no ``PYTHONPATH``.

It passes when it ends as shown: exit 0 and no traceback, or for a
block that raises on purpose the declared error; and what it printed
holds the words of its ``#>`` lines, each as often (words, because the
harness wraps a long output line over several ``#>`` lines, and any
order, because a loop's prints interleave). Standard library only.
"""

import re
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from tfnotes.harness import outputs, sandbox
from tfnotes.paste.blocks import Block

TIMEOUT = 600.0
TRACEBACK = "Traceback (most recent call last):"
# TF's errors print with their module (tensorflow.python...InvalidArgumentError:),
# the harness's #> line without.
_QUALIFIED = re.compile(r"^(?:[A-Za-z_]\w*\.)+(?=[A-Za-z_]\w*:$)")


@dataclass(frozen=True)
class Outcome:
    block: Block
    problem: str  # "" when it ran as shown
    seconds: float


def words(text: str) -> Counter:
    return Counter(_QUALIFIED.sub("", word) for word in text.split())


def shown(source: str) -> str:
    """The text of the ``#>`` lines."""
    lines = source.splitlines()
    return "\n".join(
        lines[n - 1].strip()[len(outputs.PREFIX) :]
        for n in sorted(outputs.output_lines(source))
    )


def raised(stderr: str) -> Optional[str]:
    """The name of the exception the last traceback ends with."""
    if TRACEBACK not in stderr:
        return None
    for line in stderr[stderr.rindex(TRACEBACK) :].splitlines()[1:]:
        if line and not line[0].isspace():
            return line.split(":", 1)[0].rsplit(".", 1)[-1]
    return None


def _tail(text: str, lines: int = 12) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def verdict(
    source: str,
    declared: Optional[str],
    code: int,
    stdout: str,
    stderr: str,
) -> str:
    """Why the run did not end as the block shows ('' when it did);
    ``declared``: the error it raises on purpose, if any."""
    name = raised(stderr)
    if declared is None and (code != 0 or name):
        return "exited %d%s:\n%s" % (
            code,
            " raising " + name if name else "",
            _tail(stderr),
        )
    if declared is not None and name != declared:
        return "should raise %s on purpose, but %s:\n%s" % (
            declared,
            "raised " + name if name else "exited %d" % code,
            _tail(stderr),
        )
    expected, printed = words(shown(source)), words(stdout)
    missing, extra = expected - printed, printed - expected
    if (
        declared is not None
    ):  # the error's #> words are in its traceback
        missing -= words(stderr)
    if missing or extra:
        return (
            "printed other words than its #> lines: missing %s, not shown %s\n%s"
            % (sorted(missing)[:12], sorted(extra)[:12], _tail(stdout))
        )
    return ""


def run(block: Block, venv: Path, timeout: float = TIMEOUT) -> Outcome:
    """Run ``block`` with ``venv``'s Python; never raises for what the
    block does."""
    source = block.snippet.source()
    declared = block.snippet.declared_error(source)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tfnotes-paste-") as work:
        name = Path(block.snippet.name).name
        shutil.copy(str(block.snippet.path), str(Path(work, name)))
        argv, cap = sandbox.command(
            [str(venv / "bin" / "python"), name],
            readable=[work],
            writable=[work],
        )
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": work,
            "LANG": "C.UTF-8",
            "TMPDIR": "/tmp",
        }
        try:
            done = subprocess.run(
                argv,
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
                preexec_fn=cap,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            return Outcome(
                block,
                "still running after %g s" % timeout,
                time.perf_counter() - began,
            )
    problem = verdict(
        source,
        declared.name if declared else None,
        done.returncode,
        done.stdout,
        done.stderr,
    )
    return Outcome(block, problem, time.perf_counter() - began)
