"""Which stage of ``./tfn test`` runs a path given on its command line.
Standard library only."""

import os
from pathlib import Path
from typing import Sequence

from tfnotes import envs
from tfnotes.cli import selection, shell
from tfnotes.snippet import from_path

# Which stage runs which paths.
UNIT_PATHS = ("tests/unit",)
WORLD_PATHS = ("snippets", "tests/library")
SITE_PATHS = ("tests/site", "tests/meta")
# Runs the TF 2.4 snippets in two more orders: in the whole suite, in the
# TF 2.4 world once its own stage is done, not in the site stage.
ORDER_TEST = "tests/meta/test_snippet_order.py"



def route(paths: Sequence[str]) -> dict:
    """The paths each stage runs: ``{"unit": [...], "worlds": [...],
    "site": [...]}``; a path of no stage is a usage error."""
    routed = {"unit": [], "worlds": [], "site": []}
    for raw in paths:
        path = os.path.relpath(os.path.abspath(raw.split("::")[0]), str(envs.ROOT)) + (
            "::" + raw.split("::", 1)[1] if "::" in raw else "")
        if selection.under(path, UNIT_PATHS):
            routed["unit"].append(path)
        elif selection.under(path, WORLD_PATHS):
            snippet = from_path(Path(path), envs.ROOT) if "::" not in path else None
            # A snippet goes to both worlds with its base or variant, and
            # each world runs its own.
            more = ([s.display for s in selection.world_files([snippet])] if snippet else []) or [path]
            routed["worlds"] += [m for m in more if m not in routed["worlds"]]
        elif selection.under(path, SITE_PATHS):
            routed["site"].append(path)
        else:
            raise shell.UsageError(
                "%s: not a path any stage of ./tfn test runs (those are under %s)"
                % (raw, ", ".join(UNIT_PATHS + WORLD_PATHS + SITE_PATHS)))
    return routed
