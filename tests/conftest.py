"""Fixtures shared by all checks: which project, its folders, its built site.

``TFNOTES_PROJECT`` points the checks at another tree; the broken-input
meta-tests use it to run these very checks on deliberately broken copies.
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
