"""``history.json``, built from every release's data:

    {"releases": ["2.4", ..., "3.15"],
     "apis": {API: {argument: [[first, last, default(, mark)], ...]}},
     "present": {API: [[first, last], ...]},
     "config": {API: {key: [[first, last, value], ...]}},
     "moved": {API: [[release, "moved" | "removed", path or None], ...]}}

``apis`` is the shape issue 17 fixed for tools: each argument's runs of
consecutive releases with the same default (the library's ``repr``, or
``required``); a hidden argument (carried by ``**kwargs``) has its mark:
``kwargs`` (accepted, its value taken or not seen), ``ignored`` (accepted,
its value not taken), ``rejected`` (the constructor raises); its default
is the source's (``kwargs.pop("lr", learning_rate)``: the default of
``learning_rate``), None where the source only looks whether it was given.
``present`` says in which releases an API exists, ``moved`` what became of
one the next release lacks (its new path or its replacement, where
:mod:`tfnotes.api.counterparts` knows it). Pure, standard library only.
"""

from typing import Dict, List, Optional, Sequence, Tuple

from tfnotes.api import counterparts
from tfnotes.history import runs

MARKS = {"honoured": "kwargs", "accepted": "kwargs", "unknown": "kwargs",
         "ignored": "ignored", "rejected": "rejected"}
# What a release's data is: {"apis": {API: {...}}} as written by
# tfnotes.history.extract.
Release = Dict[str, object]


def hidden_default(default: Optional[str], named: Dict[str, Optional[str]]) -> Optional[str]:
    """A hidden argument's default: the source's text, or the default of
    the named parameter that text names (``lr``'s ``learning_rate``)."""
    return named.get(default, default) if default is not None else None


def arguments(api: Dict[str, object]) -> Dict[str, Tuple[Optional[str], Optional[str]]]:
    """``{argument: (default, mark)}`` of one API in one release: named
    parameters (``*args``/``**kwargs`` left out), then hidden arguments."""
    named = {p[0]: p[1] for p in api.get("params") or [] if not p[0].startswith("*")}
    out = {name: (default, None) for name, default in named.items()}
    for name, extra in sorted((api.get("extras") or {}).items()):
        if name not in out:
            out[name] = (hidden_default(extra.get("default"), named), MARKS.get(extra.get("fate"), "kwargs"))
    return out


def _table(names, per_release: List[Dict[str, Dict[str, Tuple]]]) -> Dict[str, Dict[str, list]]:
    """``{API: {key: runs}}`` from each release's ``{API: {key: seen}}``."""
    out: Dict[str, Dict[str, list]] = {}
    for path in sorted({p for release in per_release for p in release}):
        keys = sorted({k for release in per_release for k in release.get(path, {})})
        found = {key: runs.runs(names, [release.get(path, {}).get(key) for release in per_release])
                 for key in keys}
        out[path] = {k: v for k, v in found.items() if v}
    return out


def moved(names: Sequence[str], datas: Sequence[Release]) -> Dict[str, List[list]]:
    """``{API: [[release, status, path]]}`` for each API the next release
    lacks: ``moved`` to path, or ``removed`` (path: its replacement)."""
    out: Dict[str, List[list]] = {}
    for before, (name, after) in zip(datas, list(zip(names, datas))[1:]):
        index = counterparts.index(after["apis"])
        for path, api in sorted(before["apis"].items()):
            if path in after["apis"]:
                continue
            fate = counterparts.counterpart(path, api, index)
            if fate["status"] == "same path":  # an alias became its name
                continue
            target = fate["path"] if fate["status"] == "moved" else fate["replacement"]
            out.setdefault(path, []).append([name, fate["status"], target])
    return out


def history(names: Sequence[str], datas: Sequence[Release]) -> Dict[str, object]:
    """The whole of ``history.json`` from the releases' data, in order."""
    if len(names) != len(datas):
        raise ValueError("%d releases but %d data files" % (len(names), len(datas)))
    args = [{p: arguments(a) for p, a in d["apis"].items()} for d in datas]
    configs = [{p: {k: (v, None) for k, v in (a.get("config") or {}).items()}
                for p, a in d["apis"].items()} for d in datas]
    every = sorted({p for d in datas for p in d["apis"]})
    return {
        "releases": list(names),
        "apis": _table(names, args),
        "present": {p: runs.spans(names, [p in d["apis"] for d in datas]) for p in every},
        "config": {p: v for p, v in _table(names, configs).items() if v},
        "moved": moved(names, datas),
    }
