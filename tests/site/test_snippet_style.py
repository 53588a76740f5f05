"""Snippets are ruff-clean, ruff-formatted and fit a laptop screen."""

import re
import subprocess
import sys
from pathlib import Path

from tfnotes import formatting
from tfnotes.harness import outputs

RUFF = str(Path(sys.executable).with_name("ruff"))


def test_width_matches_ruff_line_length(project):
    config = (project / "pyproject.toml").read_text()
    assert re.search(r"^line-length = %d$" % outputs.WIDTH, config, re.M), (
        "pyproject.toml's [tool.ruff] line-length must equal "
        "tfnotes.harness.outputs.WIDTH (%d)" % outputs.WIDTH
    )


def _snippet_files(project, snippets, focus):
    return focus.files(sorted(snippets.rglob("*.py")), project)


def test_snippets_pass_ruff_check(project, snippets, focus):
    targets = [str(p) for p in _snippet_files(project, snippets, focus)] if focus.paths else [str(snippets)]
    if not targets:
        return  # ./tfn check named pages only: no snippet to lint
    run = subprocess.run(
        [RUFF, "check", "--config", str(project / "pyproject.toml"),
         "--output-format", "concise"] + targets,
        capture_output=True, text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_snippets_are_ruff_formatted(project, snippets, focus):
    bad = formatting.unformatted(
        _snippet_files(project, snippets, focus), RUFF, project / "pyproject.toml"
    )
    assert not bad, "not ruff-formatted (run './tfn update'): " + ", ".join(
        str(p.relative_to(project)) for p in bad
    )


def test_no_line_scrolls_sideways(project, snippets, focus):
    long = [
        "%s:%d: %d characters (limit %d)" % (p.relative_to(project), n, len(line), outputs.WIDTH)
        for p in _snippet_files(project, snippets, focus)
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > outputs.WIDTH
    ]
    assert not long, "\n".join(long)


def test_no_snippet_shadows_a_module(project, snippets):
    """A reader runs a snippet as a script from its folder; a file named
    numpy.py there would be imported instead of NumPy by its neighbours."""
    taken = set(sys.stdlib_module_names) | {"numpy", "tensorflow", "keras", "theano", "scipy", "h5py"}
    bad = ["%s: named like the module %r" % (p.relative_to(project), p.stem)
           for p in sorted(snippets.rglob("*.py")) if p.stem in taken]
    assert not bad, "\n".join(bad)
