"""``./tfn`` starts before any world exists: every module of the CLI
imports with the standard library only (no site-packages at all)."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import tfnotes.cli

SRC = Path(__file__).resolve().parents[3] / "src"


def test_every_cli_module_imports_without_site_packages():
    names = ["tfnotes.cli.%s" % m.name for m in pkgutil.iter_modules(tfnotes.cli.__path__)
             if m.name != "__main__"]
    assert "tfnotes.cli.main" in names
    code = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    run = subprocess.run([sys.executable, "-S", "-c", code] + names, capture_output=True, text=True,
                         env={"PYTHONPATH": str(SRC)})
    assert run.returncode == 0, run.stderr


def test_help_runs_without_site_packages():
    run = subprocess.run([sys.executable, "-S", "-m", "tfnotes.cli", "--help"], capture_output=True,
                         text=True, env={"PYTHONPATH": str(SRC)})
    assert run.returncode == 0 and "lock" in run.stdout, run.stderr
