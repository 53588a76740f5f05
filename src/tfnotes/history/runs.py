"""Runs of consecutive releases: the shape of ``history.json``.

A value seen in a sequence of releases (a default, a config value) becomes
``[first, last, value]`` for each stretch of consecutive releases where
it stays the same value, ``[first, last, value, mark]`` when a mark goes
with it (an argument not in the signature: ``kwargs``, ``ignored``,
``rejected``). A release where it does not exist is in no run. Whether two
values are the same is judged by one function,
:func:`tfnotes.api.counterparts.same_value` (``0`` and ``0.0`` are;
``True`` and ``1`` are not); a run keeps the spelling of its first
release. A run also ends where the major version changes (Keras 2 inside
TensorFlow, then Keras 3): the same default in a rewritten library is a
new fact, as the issue's own example shows (``learning_rate`` is
``[["2.4", "2.15", "0.001"], ["3.0", "3.15", "0.001"]]``). Pure
functions, standard library only.
"""

from typing import List, Optional, Sequence, Tuple

from tfnotes.api import counterparts

# (value, mark), or None where the thing does not exist in a release.
Seen = Optional[Tuple[Optional[str], Optional[str]]]


def runs(names: Sequence[str], seen: Sequence[Seen]) -> List[list]:
    """The runs of one thing over ``names`` (the releases, in order),
    ``seen[i]`` being what release ``names[i]`` has."""
    if len(names) != len(seen):
        raise ValueError("%d releases but %d values" % (len(names), len(seen)))
    out: List[list] = []
    previous: Seen = None
    for name, now in zip(names, seen):
        if now is None:
            previous = None
            continue
        if (previous is not None and now[1] == previous[1] and major(name) == major(out[-1][0])
                and counterparts.same_value(now[0], previous[0])):
            out[-1][1] = name
            continue
        out.append([name, name, now[0]] + ([now[1]] if now[1] else []))
        previous = now
    return out


def major(release: str) -> str:
    """The major version of a release's name: ``2`` of ``2.11``."""
    return release.split(".", 1)[0]


def spans(names: Sequence[str], present: Sequence[bool]) -> List[List[str]]:
    """``[[first, last]]`` of the stretches where something exists."""
    return [run[:2] for run in runs(names, [("", None) if p else None for p in present])]
