"""The README opens with the two commands, and they are the real ones:
the first serves the site, the second is what CI runs."""

import os
import queue
import re
import signal
import socket
import subprocess
import threading
import time
import urllib.request

from tfnotes.cli import main
from tfnotes.harness import outputs


def _commands(project):
    text = (project / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```bash\n(.*?)```", text, re.S)
    assert block and text.index(block.group(0)) < 40, "README.md must open with a bash block of two commands"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_serve_and_test(project):
    assert _commands(project) == ["./tfn serve", "./tfn test"]


def test_ci_runs_the_readme_test_command(project):
    ci = (project / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^\./tfn test$", ci, re.M), ".ci/run must call './tfn test', the README's command"


def test_every_tfn_command_of_the_docs_exists(project):
    """A ./tfn command quoted in the README or the Contributing page is one
    the CLI has, and a path in a quoted pytest command exists."""
    commands = main.parser().commands
    for name in ("README.md", "docs/contributing.md"):
        text = (project / name).read_text(encoding="utf-8")
        used = set(re.findall(r"\./tfn ([a-z]+)", text))
        assert used, "%s quotes no ./tfn command" % name
        assert used <= set(commands), "%s quotes unknown commands: %s" % (name, used - set(commands))
        for path in re.findall(r"\.venvs/\w+/bin/python -m pytest ([\w/.]+\.py)", text):
            assert (project / path).is_file(), "%s quotes a pytest run of the missing %s" % (name, path)


def test_documented_column_limit_is_ruffs(project):
    for name in ("README.md", "docs/contributing.md"):
        limits = re.findall(r"(\d+)[- ]column", (project / name).read_text(encoding="utf-8"))
        assert limits and set(limits) == {str(outputs.WIDTH)}, (
            "%s gives the line limit as %s, pyproject's ruff line-length is %d" % (name, limits, outputs.WIDTH))


class _Lines:
    """The lines a process prints, read on a thread so that waiting for
    one never blocks past its deadline."""

    def __init__(self, stream):
        self.lines = queue.Queue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream):
        for line in stream:
            self.lines.put(line)
        self.lines.put(None)

    def wait_for(self, pattern: str, seconds: float):
        """The first match of ``pattern`` in a line printed within ``seconds``."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.05, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line is None:
                raise AssertionError("the process ended while waiting for %r" % pattern)
            match = re.search(pattern, line)
            if match:
                return match
        raise AssertionError("nothing matched %r within %.0f s" % (pattern, seconds))


def test_serve_serves_the_site_and_reloads_on_snippets_hooks_and_data(project):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        ["./tfn", "serve", "--port", str(port)], cwd=str(project),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )
    try:
        out = _Lines(proc.stdout)
        url = out.wait_for(r"serving on (http://127\.0\.0\.1:\d+/\S*)", 120).group(1)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                page = urllib.request.urlopen(url + "utils/", timeout=5).read().decode()
                break
            except OSError:
                time.sleep(0.5)
        else:
            raise AssertionError("%s never answered" % url)
        assert "<title>Utils - tfnotes</title>" in page
        assert "to_categorical" in page
        # An edit (here: a new modification time) to a snippet, a hook
        # module and the defaults data each rebuilds the site.
        for edited in ("snippets/utils/to_categorical.py", "src/tfnotes/argtables.py",
                       "data/api/tf24.json"):
            os.utime(str(project / edited))
            out.wait_for(r"Detected file changes", 30)
            out.wait_for(r"Documentation built in|Reloading browsers", 60)
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
