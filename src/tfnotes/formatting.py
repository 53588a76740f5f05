"""Format snippets with ruff while keeping their ``#>`` output lines.

ruff's formatter would turn ``#>`` into ``# >``; outputs are not code, so
formatting (and its check) applies to a snippet with its outputs stripped.
The harness then puts fresh outputs back (``./tfn update``).
"""

import subprocess
import sys
from pathlib import Path
from typing import List

from tfnotes.harness import outputs


def ruff_format(code: str, ruff: str, config: Path) -> str:
    """``code`` as ``ruff format`` would write it."""
    return subprocess.run(
        [ruff, "format", "--config", str(config), "--stdin-filename", "snippet.py", "-"],
        input=code, capture_output=True, text=True, check=True,
    ).stdout


def unformatted(paths: List[Path], ruff: str, config: Path) -> List[Path]:
    """The snippets whose code (outputs aside) is not ruff-formatted."""
    bad = []
    for path in paths:
        code = outputs.strip(path.read_text(encoding="utf-8"))
        if ruff_format(code, ruff, config) != code:
            bad.append(path)
    return bad


def format_in_place(paths: List[Path], ruff: str, config: Path) -> List[Path]:
    """Format each snippet whose code changes; drops its (now stale) outputs."""
    changed = []
    for path in paths:
        source = path.read_text(encoding="utf-8")
        code = outputs.strip(source)
        formatted = ruff_format(code, ruff, config)
        if formatted != code:
            path.write_text(formatted, encoding="utf-8")
            changed.append(path)
    return changed


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    done = format_in_place(sorted((root / "snippets").rglob("*.py")), sys.argv[1], root / "pyproject.toml")
    for path in done:
        print("formatted", path.relative_to(root))
