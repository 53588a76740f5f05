"""The one model of a snippet, shared by the harness, the build hook, the
tests and the benchmarks.

A snippet is a file ``snippets/<page path>/<name>.py``. It belongs to the
page ``docs/<page path>.md``; ``<name>_keras3.py`` beside it is its Keras 3
variant, run on the newest TensorFlow instead of the base and shown in a
"Keras 3" tab next to it. A leading ``# Raises SomeError on purpose``
comment declares the error it must end with; ``#>`` comments hold what it
prints (:mod:`tfnotes.harness.outputs`). Standard library only.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional

VARIANT_SUFFIX = "_keras3"
RAISES = re.compile(r"^#\s*Raises\s+(?P<name>[A-Za-z_][\w.]*)\s+on purpose", re.M)
REASON = re.compile(r"^#\s*Keras 3:\s*(?P<why>.+)$")
# A snippet that must change process state (importing Theano sets NumPy's
# error handling) says so; the harness then runs later snippets in a
# fresh worker instead of failing it.
CHANGES_STATE = re.compile(r"^#\s*Changes process state on purpose:\s*(?P<why>\S.*)$", re.M)


def is_variant(name: str) -> bool:
    """``lstm_keras3.py`` is the Keras 3 variant of ``lstm.py``."""
    return Path(name).stem.endswith(VARIANT_SUFFIX)


def base_of(name: str) -> str:
    """``layers/lstm_keras3.py`` -> ``layers/lstm.py``."""
    p = Path(name)
    if not is_variant(name):
        return name
    return str(p.with_name(p.stem[: -len(VARIANT_SUFFIX)] + p.suffix))


def variant_of(name: str) -> str:
    """``layers/lstm.py`` -> ``layers/lstm_keras3.py``."""
    p = Path(name)
    return str(p.with_name(p.stem + VARIANT_SUFFIX + p.suffix))


@dataclass(frozen=True)
class Declared:
    """The error a snippet declares it raises, and the comment's line."""

    name: str
    line: int


@dataclass(frozen=True)
class Snippet:
    """One file under ``snippets/`` of the project at ``root``."""

    root: Path
    name: str  # relative to snippets/, e.g. "layers/lstm/weights.py"

    @property
    def path(self) -> Path:
        return self.root / "snippets" / self.name

    @property
    def display(self) -> str:
        """``snippets/layers/lstm/weights.py``: how messages name it."""
        return "snippets/" + self.name

    @property
    def page(self) -> str:
        """``docs/layers/lstm.md``: the page of its folder."""
        return "docs/" + str(Path(self.name).parent) + ".md"

    @property
    def is_variant(self) -> bool:
        return is_variant(self.name)

    @property
    def base(self) -> "Snippet":
        return Snippet(self.root, base_of(self.name))

    @property
    def variant(self) -> "Snippet":
        return Snippet(self.root, variant_of(self.name))

    @property
    def has_variant(self) -> bool:
        return not self.is_variant and self.variant.path.is_file()

    def source(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def declared_error(self, source: Optional[str] = None) -> Optional[Declared]:
        """What ``# Raises X on purpose`` names, if the snippet says so."""
        text = self.source() if source is None else source
        match = RAISES.search(text)
        if match is None:
            return None
        line = text.count("\n", 0, match.start()) + 1
        return Declared(match.group("name").split(".")[-1], line)

    def changes_state_on_purpose(self, source: Optional[str] = None) -> Optional[str]:
        """Why the snippet leaves process state changed, if it declares it."""
        match = CHANGES_STATE.search(self.source() if source is None else source)
        return match.group("why").strip() if match else None

    def keras3_reason(self) -> Optional[str]:
        """A variant's ``# Keras 3: <what changed>`` leading comment."""
        for line in self.source().splitlines():
            if not line.startswith("#"):
                break
            match = REASON.match(line)
            if match:
                return match.group("why").strip()
        return None

    def outputs(self) -> Dict[int, str]:
        """Its ``#>`` lines by line number, as committed."""
        from tfnotes.harness import outputs

        lines = self.source().splitlines()
        return {n: lines[n - 1].strip() for n in sorted(outputs.output_lines(self.source()))}

    def figure(self, number: int, scheme: str = "light") -> Path:
        """``docs/figures/<page path>/<name>-<number>[-dark].svg``: where
        the harness writes the figures the snippet draws."""
        stem = Path(self.name).with_suffix("")
        suffix = "" if scheme == "light" else "-" + scheme
        return self.root / "docs" / "figures" / ("%s-%d%s.svg" % (stem, number, suffix))

    def figures(self) -> List[Path]:
        """Its committed figures (light palette), in order."""
        found, number = [], 1
        while self.figure(number).is_file():
            found.append(self.figure(number))
            number += 1
        return found

    def runs_on(self, keras3: bool) -> bool:
        """Whether this file is the one run in the given world: bases on
        TF 2.4; on Keras 3 the variant where one exists, else the base."""
        if keras3:
            return self.is_variant or not self.has_variant
        return not self.is_variant


def discover(root: Path) -> List[Snippet]:
    """Every snippet of the project at ``root``, sorted by path.

    Files starting with ``_`` are helpers, not snippets."""
    snippets = root / "snippets"
    return [
        Snippet(root, str(p.relative_to(snippets)))
        for p in sorted(snippets.rglob("*.py"))
        if not p.name.startswith("_")
    ]


def from_path(path: Path, root: Path) -> Optional[Snippet]:
    """The snippet at ``path`` (absolute, or relative to ``root``), or None
    when it is not a snippet file of that project."""
    path = (root / path) if not path.is_absolute() else path
    snippets = (root / "snippets").resolve()
    try:
        rel = path.resolve().relative_to(snippets)
    except ValueError:
        return None
    if path.suffix != ".py" or path.name.startswith("_"):
        return None
    return Snippet(root, str(rel))
