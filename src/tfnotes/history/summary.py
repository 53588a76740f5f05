"""An argument's history in a few words, for its cell on the pages:
``1 → 'auto' in 2.5``, ``added in 2.11``, ``removed in 2.9``, ``ignored
2.11–2.15``, ``in signature from 3.3``; nothing where it never changed.

Only changes *within* a major version are told: what changed between
2.x and 3.x is what the TF 2.4 and Keras 3 columns already show side by
side, and saying it again in every row of a removed or changed argument
would repeat them. The whole timeline (every run) goes with the words.

Pure functions over ``history.json``'s shape (:mod:`.build`): runs are
``[first, last, default]`` or ``[first, last, default, fate]`` of
consecutive releases.
"""

import json
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Sequence

from tfnotes.history.runs import major

# A hidden argument's fate (:mod:`.fates`); no fate: in the signature.
FATE_WORDS = {
    None: "in signature",
    "kwargs": "via **kwargs",
    "ignored": "ignored",
    "rejected": "rejected",
}


FILE = Path(
    "data", "history", "history.json"
)  # from the project's root
EMPTY: Dict[str, object] = {"releases": [], "apis": {}, "present": {}}


class History(NamedTuple):
    changes: List[str]  # the compact words, oldest first
    timeline: List[str]  # every run: "2.5–2.15: 'auto'"


def load(path: Path) -> Dict[str, object]:
    """``history.json``, or an empty history where there is none yet."""
    if not path.exists():
        return EMPTY
    return json.loads(path.read_text(encoding="utf-8"))


def _fate(run: Sequence) -> Optional[str]:
    return run[3] if len(run) > 3 else None


def _span(first: str, last: str, newest: str) -> str:
    if last == newest:
        return "from %s" % first
    return first if first == last else "%s–%s" % (first, last)


def timeline(runs: Sequence[Sequence]) -> List[str]:
    out = []
    for run in runs:
        span = (
            run[0] if run[0] == run[1] else "%s–%s" % (run[0], run[1])
        )
        fate = _fate(run)
        out.append(
            "%s: %s%s"
            % (
                span,
                run[2],
                " (%s)" % FATE_WORDS.get(fate, fate) if fate else "",
            )
        )
    return out


def changes(
    runs: Sequence[Sequence],
    present: Sequence[Sequence],
    releases: Sequence[str],
) -> List[str]:
    """The changes of one argument within each major version.

    ``runs``: the argument's runs; ``present``: the API's runs of releases
    (``[first, last]``), which say whether the argument came or went
    while its API stayed; ``releases``: every release, oldest first.
    """
    index = {r: n for n, r in enumerate(releases)}
    newest = releases[-1]
    out: List[str] = []
    for version in dict.fromkeys(major(r[0]) for r in runs):
        mine = [r for r in runs if major(r[0]) == version]
        api = [p for p in present if major(p[0]) == version]
        if api and index[mine[0][0]] > index[api[0][0]]:
            out.append("added in %s" % mine[0][0])
        for before, after in zip(mine, mine[1:]):
            if index[after[0]] != index[before[1]] + 1:
                out.append(
                    "removed in %s" % releases[index[before[1]] + 1]
                )
                out.append("added in %s" % after[0])
            elif _fate(after) != _fate(before):
                out.append(
                    "%s %s"
                    % (
                        FATE_WORDS.get(_fate(after), _fate(after)),
                        _span(after[0], after[1], newest),
                    )
                )
            elif after[2] != before[2]:
                out.append(
                    "%s → %s in %s" % (before[2], after[2], after[0])
                )
        if api and index[mine[-1][1]] < index[api[-1][1]]:
            out.append(
                "removed in %s" % releases[index[mine[-1][1]] + 1]
            )
    return out


def of(
    history: Dict[str, object],
    api: str,
    argument: str,
    keras3_api: Optional[str] = None,
    keras3_argument: Optional[str] = None,
) -> Optional[History]:
    """The history of ``api``'s ``argument``, None where it never changed
    within a major version (or the data does not know it).

    Each release's data names an API and an argument as that release
    does: the 3.x runs are those of ``keras3_api``'s ``keras3_argument``
    where Keras 3 moved or renamed them (by default the same names)."""

    def of_major(name, arg, keras3):
        runs = history["apis"].get(name, {}).get(arg) or []
        present = history["present"].get(name, [])
        keep = lambda run: (int(major(run[0])) >= 3) == keras3  # noqa: E731
        return [r for r in runs if keep(r)], [
            p for p in present if keep(p)
        ]

    runs2, present2 = of_major(api, argument, False)
    runs3, present3 = of_major(
        keras3_api or api, keras3_argument or argument, True
    )
    runs = runs2 + runs3
    if not runs:
        return None
    told = changes(runs, present2 + present3, history["releases"])
    return History(told, timeline(runs)) if told else None
