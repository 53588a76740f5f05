"""Fixtures shared by all checks: which project, its folders, its built site.

``TFNOTES_PROJECT`` points the checks at another tree; the broken-input
meta-tests use it to run these very checks on deliberately broken copies.
``TFNOTES_FOCUS`` (paths, one a line) narrows the source and style checks
to what those paths concern: ``./tfn check`` sets it, so a contributor's
check is about their files, not about someone else's work in progress.
"""

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def project() -> Path:
    return Path(os.environ.get("TFNOTES_PROJECT", str(REPO))).resolve()


@pytest.fixture(scope="session")
def docs(project) -> Path:
    return project / "docs"


@pytest.fixture(scope="session")
def snippets(project) -> Path:
    return project / "snippets"


@pytest.fixture(scope="session")
def site(project) -> Path:
    site = project / "site"
    if not (site / "index.html").exists():
        pytest.fail("%s has no built site: run './tfn test' (it builds first)" % site)
    return site


class Focus:
    """The paths a check is about; everything when none were given."""

    def __init__(self, paths):
        self.paths = [p for p in paths if p]

    def concerns(self, problem: str) -> bool:
        """Whether a problem message names one of the paths."""
        return not self.paths or any(p in problem for p in self.paths)

    def files(self, found, project: Path):
        """``found`` (paths) narrowed to the focused ones."""
        if not self.paths:
            return list(found)
        return [f for f in found if str(Path(f).relative_to(project)) in self.paths]


@pytest.fixture(scope="session")
def focus() -> Focus:
    return Focus(os.environ.get("TFNOTES_FOCUS", "").splitlines())
