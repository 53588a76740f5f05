"""What a requirements file pins: the one reader of ``requirements/*.txt``
(locks written by ``uv pip compile --generate-hashes``) and ``*.in``.

A lock entry is ``name==version``, usually followed by `` \\`` and
indented ``--hash=sha256:...`` lines, then ``# via`` comments; an ``*.in``
line may carry extras (``mkdocstrings[python]``) or an environment marker.
Standard library only: ``./tfn`` reads the pins before any world exists.
"""

import re
from pathlib import Path
from typing import Dict, List, Optional, Set, Union

# name[extras]==version, at the start of a line; the rest of the line
# (a marker, a backslash, an option) is not part of the pin.
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*==\s*([^\s;\\]+)", re.M)
# uv's annotation of a pin: "# via tensorflow-cpu", or "# via" then one
# "#   name" line per package that requires it (or "-r file.in").
VIA = re.compile(r"^\s+#\s+via(?P<inline>[ \t]+\S.*)?$")
VIA_MORE = re.compile(r"^\s+#\s{2,}(?P<name>\S.*)$")


def canonical(name: str) -> str:
    """PEP 503's normal form: ``TensorFlow_CPU`` is ``tensorflow-cpu``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(text: str) -> Dict[str, str]:
    """``{canonical name: version}`` of every ``name==version`` line."""
    return {canonical(m.group(1)): m.group(2) for m in PIN.finditer(text)}


def read_pins(path: Union[str, Path]) -> Dict[str, str]:
    """The pins of the requirements file at ``path``."""
    return pins(Path(path).read_text(encoding="utf-8"))


def pinned(path: Union[str, Path], *names: str) -> Optional[str]:
    """The version ``path`` pins for the first of ``names`` it has (e.g.
    ``pinned(lock, "tensorflow", "tensorflow-cpu")``), else None."""
    found = read_pins(path)
    for name in names:
        if canonical(name) in found:
            return found[canonical(name)]
    return None


def with_pin(text: str, name: str, version: str) -> str:
    """``text`` with ``name``'s pin changed to ``version`` (its hashes
    kept, so they no longer match it: a lock an installer must refuse)."""
    def swap(match: "re.Match") -> str:
        if canonical(match.group(1)) != canonical(name):
            return match.group(0)
        return match.group(0)[: match.start(2) - match.start(0)] + version

    return PIN.sub(swap, text)


def required_by(text: str) -> Dict[str, List[str]]:
    """``{canonical name: what requires it}`` from a lock's ``# via``
    annotations: package names, or ``-r file.in`` for a direct one."""
    found: Dict[str, List[str]] = {}
    current: Optional[str] = None
    in_via = False
    for line in text.splitlines():
        pin = PIN.match(line)
        if pin:
            current, in_via = canonical(pin.group(1)), False
            found[current] = []
            continue
        via = VIA.match(line)
        if via and current:
            in_via = True
            if via.group("inline"):
                found[current].append(via.group("inline").strip())
            continue
        more = VIA_MORE.match(line)
        if more and current and in_via:
            found[current].append(more.group("name").strip())
        elif not line.startswith(" "):
            in_via = False
    return found


def closure(text: str, name: str) -> Set[str]:
    """``name`` and every package of the lock installed because of it:
    what ``pip install name`` brings along (canonical names)."""
    parents = required_by(text)
    inside = {canonical(name)}
    grew = True
    while grew:
        grew = False
        for package, by in parents.items():
            if package not in inside and any(canonical(b) in inside for b in by):
                inside.add(package)
                grew = True
    return inside
