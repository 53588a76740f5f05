"""A stage of ``./tfn test`` or ``./tfn check``: one pytest run in one
world, started in the background, and how it went. Standard library
only."""

import re
import subprocess
import sys
import tempfile
import threading
import time
from typing import List, Optional

from tfnotes import envs
from tfnotes.cli import shell

PASSED, FAILED, NO_MATCH = "passed", "failed", "no tests matched"
BUILD = "mkdocs build --strict"  # the one stage that is not a pytest run


class Stage:
    """A pytest run in one world, started in the background."""

    def __init__(self, name: str, python: str, args: List[str], env: Optional[dict] = None):
        self.name, self.cmd = name, [python, "-m", "pytest"] + args
        self.runs_snippets = any(a == "snippets" or a.startswith("snippets/") for a in args)
        self.log = tempfile.TemporaryFile(mode="w+")
        self.start = time.monotonic()
        self.proc = subprocess.Popen(
            self.cmd, cwd=str(envs.ROOT), env=dict(shell.env(), **(env or {})), stdout=self.log,
            stderr=subprocess.STDOUT, text=True,
        )
        # Stages overlap and are finished in a fixed order: the time a
        # stage took is taken when it ends, not when it is finished.
        self.ended = None
        self.reaper = threading.Thread(target=self._reap, daemon=True)
        self.reaper.start()

    def _reap(self) -> None:
        self.proc.wait()
        self.ended = time.monotonic()

    def finish(self, selecting: bool = False, verbose: bool = True) -> str:
        """Wait, print the run's output, and say how it went.

        A non-zero exit fails, pytest's exit 5 (nothing collected) too;
        but when ``selecting`` (``-k``/``-m`` given) and pytest deselected
        everything, the stage is reported as matching no test."""
        self.reaper.join()
        code = self.proc.returncode
        took = self.ended - self.start
        self.log.seek(0)
        output = self.log.read()
        if verbose or code != 0:
            shell.say("stage: %s" % self.name)
            sys.stdout.write(output)
        if code == 5 and selecting and re.search(r"\d+ deselected", output):
            shell.say("no tests matched in %s" % self.name)
            return NO_MATCH
        if code == 5:
            shell.say("FAILED %s: pytest collected no tests (exit 5)" % self.name)
            return FAILED
        if code == 0 and self.runs_snippets and not selecting:
            # The harness prints how many snippets it collected and how many
            # reported; a stage that exits 0 without that line, or with a
            # shortfall, ended early somehow and does not pass.
            summary = re.search(r"^tfnotes: (\d+) of (\d+) snippets passed .*?; (\d+) reported a result\)",
                                output, re.M)
            if not summary or len(set(summary.groups())) != 1:
                shell.say("FAILED %s: exit 0, but %s" % (self.name, (
                    "the harness's summary line is missing" if not summary else summary.group(0))))
                return FAILED
        if code == 0 and not verbose:
            last = [line for line in output.splitlines() if line.strip()][-1:]
            shell.say("passed %s in %.1f s (%s)" % (self.name, took, last[0].strip("= ") if last else "no output"))
        else:
            shell.say("%s %s in %.1f s (exit %d)" % (PASSED if code == 0 else "FAILED", self.name, took, code))
        return PASSED if code == 0 else FAILED
