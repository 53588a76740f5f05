"""What changed in ``tf.keras`` from each release to the next, read from
``history.json`` (:mod:`tfnotes.history.build`'s shape): APIs added,
moved and removed, arguments added and removed, defaults changed and
``**kwargs`` fates changed, with counts per module.

An argument is compared release by release, not run by run: a run also
ends where the major version changes (see :mod:`tfnotes.history.runs`),
which is no change in itself. Arguments are compared only for APIs both
releases have (an added or removed API is one change, not one per
argument). Whether two defaults differ is judged as everywhere on the
site, by :func:`tfnotes.api.counterparts.same_value`. Pure functions.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from tfnotes.api import counterparts

# (default, mark): mark None for a parameter of the signature.
State = Tuple[Optional[str], Optional[str]]
KINDS = ("APIs added", "APIs moved", "APIs removed", "arguments added", "arguments removed",
         "defaults changed", "fates changed")


@dataclass
class ReleaseChanges:
    """The changes from ``previous`` to ``release``."""

    release: str
    previous: str
    added: List[str] = field(default_factory=list)
    moved: List[Tuple[str, Optional[str]]] = field(default_factory=list)  # (API, new path)
    removed: List[Tuple[str, Optional[str]]] = field(default_factory=list)  # (API, use instead)
    args_added: List[Tuple[str, str, State]] = field(default_factory=list)
    args_removed: List[Tuple[str, str, State]] = field(default_factory=list)
    defaults: List[Tuple[str, str, State, State]] = field(default_factory=list)  # (API, arg, old, new)
    fates: List[Tuple[str, str, State, State]] = field(default_factory=list)

    def by_kind(self) -> Dict[str, list]:
        """Each kind of change (:data:`KINDS`) with its list."""
        return dict(zip(KINDS, (self.added, self.moved, self.removed, self.args_added,
                                self.args_removed, self.defaults, self.fates)))

    def counts(self) -> Dict[str, Dict[str, int]]:
        """``{module: {kind: number}}``, modules sorted, kinds with none left out."""
        out: Dict[str, Dict[str, int]] = {}
        for kind, items in self.by_kind().items():
            for item in items:
                counts = out.setdefault(module(item if isinstance(item, str) else item[0]), {})
                counts[kind] = counts.get(kind, 0) + 1
        return dict(sorted(out.items()))


def module(path: str) -> str:
    """The module an API path is in: up to its first class
    (``tf.keras.Model.fit``: ``tf.keras``), else its parent."""
    parts = path.split(".")
    for index, part in enumerate(parts):
        if part[:1].isupper():
            return ".".join(parts[:index]) or path
    return ".".join(parts[:-1]) or path


def by_release(runs: Sequence[list], releases: Sequence[str]) -> Dict[str, State]:
    """``{release: (default, mark)}`` from an argument's runs."""
    index = {name: n for n, name in enumerate(releases)}
    out: Dict[str, State] = {}
    for run in runs:
        for name in releases[index[run[0]]: index[run[1]] + 1]:
            out[name] = (run[2], run[3] if len(run) > 3 else None)
    return out


def present_in(spans: Sequence[list], releases: Sequence[str]) -> set:
    """The releases an API's ``present`` spans cover."""
    return set(by_release([[first, last, None] for first, last in spans], releases))


def release_changes(history: Dict[str, object]) -> List[ReleaseChanges]:
    """The changes of every release but the first, in release order."""
    releases: List[str] = history["releases"]
    present = {api: present_in(spans, releases) for api, spans in history["present"].items()}
    states = {api: {arg: by_release(runs, releases) for arg, runs in args.items()}
              for api, args in history["apis"].items()}
    moved = {(release, api): (status, target)
             for api, fates in history.get("moved", {}).items() for release, status, target in fates}
    out = []
    for previous, release in zip(releases, releases[1:]):
        changes = ReleaseChanges(release, previous)
        for api in sorted(present):
            before, after = previous in present[api], release in present[api]
            if before and not after:
                status, target = moved.get((release, api), ("removed", None))
                (changes.moved if status == "moved" else changes.removed).append((api, target))
            elif after and not before:
                changes.added.append(api)
            elif before and after:
                _compare(changes, api, states.get(api, {}))
        targets = {target for _, target in changes.moved}
        changes.added = [api for api in changes.added if api not in targets]
        out.append(changes)
    return out


def _compare(changes: ReleaseChanges, api: str, args: Dict[str, Dict[str, State]]) -> None:
    """Adds one API's argument changes (an API both releases have)."""
    for arg, seen in sorted(args.items()):
        old, new = seen.get(changes.previous), seen.get(changes.release)
        if old is None and new is not None:
            changes.args_added.append((api, arg, new))
        elif new is None and old is not None:
            changes.args_removed.append((api, arg, old))
        elif old is not None:
            if old[1] != new[1]:
                changes.fates.append((api, arg, old, new))
            if not counterparts.same_value(old[0], new[0]):
                changes.defaults.append((api, arg, old, new))


def changed_in(found: Sequence[ReleaseChanges]) -> Dict[Tuple[str, str], List[str]]:
    """``{(API, argument): releases}``: where each argument was added,
    removed, or changed its default or its fate, in release order (what
    its search entry is also found by: ``Adam lr 2.11``)."""
    out: Dict[Tuple[str, str], List[str]] = {}
    for changes in found:
        for items in (changes.args_added, changes.args_removed, changes.defaults, changes.fates):
            for api, arg, *_ in items:
                seen = out.setdefault((api, arg), [])
                if not seen or seen[-1] != changes.release:
                    seen.append(changes.release)
    return out
