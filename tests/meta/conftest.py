"""A throw-away copy of the project's machinery for broken-input tests.

Each meta-test writes a tiny project (pyproject.toml, mkdocs.yml, docs/,
snippets/) into a temporary folder, breaks it on purpose, and runs the real
harness, site checks or build on it in a subprocess.
"""

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _python(world: str) -> str:
    env = {"tf24": "TFNOTES_TF24_PYTHON", "tools": "TFNOTES_TOOLS_PYTHON"}[world]
    exe = os.environ.get(env) or str(REPO / ".venvs" / world / "bin" / "python")
    if world == "tools" and not os.environ.get(env):
        exe = sys.executable
    assert Path(exe).exists(), "%s world not built: run './tfn setup'" % world
    return exe


class Project:
    """A small project tree under ``root``."""

    REPO_TESTS = REPO / "tests"
    # Every page of the site ends with one (a site check requires it).
    API_REFERENCE = "\n## API reference\n\n- [tf](https://www.tensorflow.org/versions/r2.4/api_docs/python/tf)\n"

    def __init__(self, root: Path):
        self.root = root
        self.env = {}  # more environment for the commands run in it
        (root / "docs").mkdir()
        (root / "snippets").mkdir()
        (root / "pyproject.toml").write_text((REPO / "pyproject.toml").read_text())
        config = (REPO / "mkdocs.yml").read_text()
        config = config.split("\nnav:")[0]
        config = config.replace("paths: [src]", "paths: [%s]" % (REPO / "src"))
        config = config.replace("- src/tfnotes/", "- %s/src/tfnotes/" % REPO)
        config = config.replace("custom_dir: overrides", "custom_dir: %s/overrides" % REPO)
        (root / "mkdocs.yml").write_text(config)
        self.write("docs/index.md", "# Home\n" + self.API_REFERENCE)

    @classmethod
    def copy_of(cls, other: "Project", root: Path) -> "Project":
        """A copy of ``other``'s tree at ``root`` (which must not exist):
        a module's fixture prepares one project, each test breaks a copy."""
        shutil.copytree(str(other.root), str(root))
        copy = cls.__new__(cls)
        copy.root, copy.env = root, dict(other.env)
        return copy

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"))
        return path

    def each_then_good(self, sources, good: str):
        """``snippets/demo/<name>`` for each (name, source), each followed
        (in path order) by ``<name>_then_good.py`` holding ``good``; their
        names, in that order."""
        names = []
        for name, source in sources:
            self.write("snippets/demo/" + name, source)
            after = name.replace(".py", "_then_good.py")
            self.write("snippets/demo/" + after, good)
            names += [name, after]
        return names

    def page_with(self, page: str, *snippets: str, extra: str = "") -> None:
        blocks = "".join(
            '```python title="%s"\n--8<-- "%s"\n```\n\n' % (s, s) for s in snippets
        )
        self.write(page, "# Page\n\n" + blocks + extra + self.API_REFERENCE)

    def run(self, world: str, *args: str, timeout: int = 300):
        env = dict(os.environ, TFNOTES_PROJECT=str(self.root), NO_MKDOCS_2_WARNING="1",
                   TF_CPP_MIN_LOG_LEVEL="2", PYTHONDONTWRITEBYTECODE="1")
        env.pop("TFNOTES_FOCUS", None)
        env.update(self.env)
        env["PYTHONPATH"] = str(REPO / "src")
        run = subprocess.run([_python(world)] + list(args), cwd=str(self.root), env=env,
                             capture_output=True, text=True, timeout=timeout)
        return run.returncode, run.stdout + run.stderr

    def pytest(self, world: str, *args: str):
        return self.run(world, "-m", "pytest", "-p", "no:cacheprovider", *args)

    def site_checks(self, *args: str):
        return self.site_checks_file("test_sources.py", *args)

    def site_checks_file(self, name: str, *args: str):
        return self.pytest("tools", "--rootdir", str(self.root), "-c", str(self.root / "pyproject.toml"),
                           str(REPO / "tests" / "site" / name), *args)

    def build(self):
        return self.run("tools", "-m", "tfnotes.build", str(Path(_python("tools")).with_name("mkdocs")), str(self.root))


@pytest.fixture
def scratch(tmp_path) -> Project:
    return Project(tmp_path)


def failure_section(output: str, display: str) -> str:
    """The failure report of one snippet (``snippets/demo/x.py``) in a
    pytest run's output: from its ``____ snippet ... ____`` header to the
    next header or the summary."""
    match = re.search(r"^_+ snippet %s _+$(.*?)(?=^_{3,} |^=+ short test summary|\Z)"
                      % re.escape(display), output, re.M | re.S)
    return match.group(1) if match else ""


def failures(output: str):
    """The FAILED lines of a pytest run, keyed by node id."""
    return dict(re.findall(r"^FAILED (\S+)(?: - (.*))?$", output, re.M))
