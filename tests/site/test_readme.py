"""The README opens with the two commands, and they are the real ones:
the first serves the site, the second is what CI runs."""

import os
import re
import signal
import socket
import subprocess
import time
import urllib.request

from tfnotes import cli
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
    commands = cli.parser().commands
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


def test_serve_serves_the_site(project):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        ["./tfn", "serve", "--port", str(port)], cwd=str(project),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True,
    )
    try:
        url = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and url is None:
            line = proc.stdout.readline()
            match = re.search(r"serving on (http://127\.0\.0\.1:\d+/\S*)", line)
            url = match.group(1) if match else None
            assert line or proc.poll() is None, "./tfn serve stopped before serving"
        assert url, "./tfn serve never said where it serves"
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
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
