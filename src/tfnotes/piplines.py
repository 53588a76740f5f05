"""The ``pip install`` line of each world a page shows, from one marker.

A page whose blocks need packages TensorFlow does not install says so
with one HTML comment, above its first such block::

    <!-- pip: matplotlib -->

The site hook (:mod:`tfnotes.site.pipblock`) replaces it with a
``bash`` block of one ``pip install`` line per world, every version read
from that world's lock (:mod:`tfnotes.locks`), never typed: TensorFlow,
the pins it needs today (:data:`COMPANIONS`), and each named package the
world's lock pins outside what TensorFlow brings along (Theano only in
TF 2.4's, tensorboard only where TensorFlow no longer requires it).
``<!-- pip -->`` with no names shows the bare lines (the conventions
page). The copy-paste check (:mod:`tfnotes.paste`) installs exactly
these lines. Standard library only.
"""

import re
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

from tfnotes import envs, includes, locks

MARKER = re.compile(
    r"^(?P<indent>\s*)<!--\s*pip(?P<colon>:(?P<names>[^>]*?))?\s*-->\s*$"
)
TENSORFLOW = ("tensorflow", "tensorflow-cpu")  # the first a lock pins
# Pinned next to TensorFlow on every line of a world, though no block
# imports them: TF 2.4.4 asks for protobuf>=3.9.2 with no upper bound,
# and with today's protobuf (>= 4) its import fails ("Descriptors cannot
# be created directly"); pip resolves to one unless told.
COMPANIONS = {envs.TF24.name: ("protobuf",)}
LABELS = {
    envs.TF24.name: includes.TF24_TAB,
    envs.TOOLS.name: includes.KERAS3_TAB,
}


class PipLineError(ValueError):
    """A marker the lines cannot be made from; the message names the page
    and line."""


@dataclass(frozen=True)
class Marker:
    line: int  # 1-based
    indent: str
    names: Tuple[str, ...]  # as written: ("matplotlib",)


@dataclass(frozen=True)
class PipLine:
    """One world's line: ``pip install`` and its ``name==version``s."""

    world: str  # envs.World.name
    label: str  # "TF 2.4"
    python: str  # "3.8"
    requirements: Tuple[str, ...]
    extras: Tuple[
        str, ...
    ]  # canonical names of the page's packages in it

    @property
    def text(self) -> str:
        return "pip install " + " ".join(self.requirements)


def markers(page: str, lines: Sequence[str]) -> List[Marker]:
    """The page's markers (at most one, else :class:`PipLineError`)."""
    found = []
    for number, line in enumerate(lines, 1):
        match = MARKER.match(line)
        if match:
            names = tuple(
                (match.group("names") or "").replace(",", " ").split()
            )
            if match.group("colon") and not names:
                raise PipLineError(
                    "%s:%d: '<!-- pip: -->' names no package; "
                    "write '<!-- pip -->' for TensorFlow alone"
                    % (page, number)
                )
            found.append(Marker(number, match.group("indent"), names))
    if len(found) > 1:
        raise PipLineError(
            "%s:%d: a second pip marker (the first is on line %d); a page "
            "names all its packages in one"
            % (page, found[1].line, found[0].line)
        )
    return found


def marker_of(page: str, lines: Sequence[str]) -> Optional[Marker]:
    found = markers(page, lines)
    return found[0] if found else None


def tensorflow_name(pins) -> str:
    return next(name for name in TENSORFLOW if name in pins)


def _python(world: envs.World) -> str:
    return "%d.%d" % (world.exact or world.at_least)


def line_of(
    root: Path, world: envs.World, names: Sequence[str] = ()
) -> PipLine:
    """``world``'s line for a page naming ``names``: the ones its lock pins
    outside TensorFlow's own requirements, the rest left to other worlds."""
    text = (root / world.lock).read_text(encoding="utf-8")
    pins = locks.pins(text)
    tensorflow = tensorflow_name(pins)
    brought = locks.closure(text, tensorflow)
    companions = COMPANIONS.get(world.name, ())
    extras = [
        n
        for n in names
        if locks.canonical(n) in pins
        and locks.canonical(n) not in brought
    ]
    wanted = [tensorflow] + list(companions) + extras
    return PipLine(
        world.name,
        LABELS[world.name],
        _python(world),
        tuple("%s==%s" % (n, pins[locks.canonical(n)]) for n in wanted),
        tuple(locks.canonical(n) for n in extras),
    )


def lines_of(root: Path, page: str, marker: Marker) -> List[PipLine]:
    """Every world's line for ``marker``; a name no world's lock pins, or
    one only TensorFlow brings along everywhere, is an error."""
    lines = [
        line_of(root, world, marker.names) for world in envs.WORLDS
    ]
    shown = {extra for line in lines for extra in line.extras}
    for name in marker.names:
        if locks.canonical(name) not in shown:
            raise PipLineError(
                "%s:%d: no world's lock (%s) pins %s apart from what TensorFlow "
                "installs; name only packages a block needs beyond TensorFlow"
                % (
                    page,
                    marker.line,
                    ", ".join(w.lock for w in envs.WORLDS),
                    name,
                )
            )
    return lines
