"""The model built from the data files: every API of the first release
(TF 2.4's whole ``tf.keras``) paired with its counterpart in each later
release (:mod:`tfnotes.api.counterparts`), every argument with its name,
default and ``get_config()`` reading in each, ids assigned per page.
Standard library only.
"""

import ast
from typing import Dict, List, Optional, Tuple

from tfnotes.api import counterparts, groups, model


def build(releases: Dict[str, Dict[str, object]],
          notes: Optional[Dict[Tuple[str, str], Tuple[str, str]]] = None,
          describe=None) -> List[model.ApiEntry]:
    """Every API of the first of ``releases`` (``{release: its data}``,
    oldest first) with its arguments in every release, ids assigned per
    page.

    ``notes`` maps (API path, argument) to the (page, anchor) of an entry
    a notes page already has; that argument gets no entry of its own.
    ``describe`` turns a data entry's ``doc`` into ``{argument: text}``."""
    notes = notes or {}
    describe = describe or (lambda doc: {})
    first, *later = releases
    apis = {r: releases[r].get("apis") or {} for r in releases}
    indexes = {r: counterparts.index(apis[r]) for r in later}
    out = []
    for path in sorted(apis[first]):
        data = apis[first][path]
        found = {first: {"status": "same path", "path": path, "replacement": None}}
        found.update({r: counterparts.counterpart(path, data, indexes[r]) for r in later})
        entry = model.ApiEntry(path, data["kind"], groups.page_of(path, data.get("module", "")),
                         list(data.get("aliases") or []), found, error=data.get("error"))
        # {release: its data of this API, {} where it has none}
        own = {r: apis[r][found[r]["path"]] if found[r]["path"] else {} for r in releases}
        extras = _extras(path, own, releases, describe)
        hidden = {a.name for a in extras}
        # One that came out of **kwargs is the extra's entry, not one more.
        entry.arguments = [a for a in _named(path, own, describe)
                           if a.present(first) or a.name not in hidden] + extras
        for arg in entry.arguments:
            arg.notes = _noted(notes, [path] + entry.aliases, arg.name)
        out.append(entry)
    _assign_ids(out)
    return out


def _params(data: Dict[str, object]) -> Dict[str, Optional[str]]:
    return {p["name"]: p["default"] for p in data.get("params") or []}


def _named(path: str, own: Dict[str, Dict[str, object]], describe) -> List[model.Argument]:
    """The arguments the releases' signatures name, in the first
    release's order, then each later one's new ones; paired by name or
    by :data:`counterparts.RENAMED`."""
    out: List[model.Argument] = []
    for release, data in own.items():
        params = _params(data)
        used = set()
        for arg in out:
            name = next((n for n in (counterparts.RENAMED.get((path, arg.name)), arg.name)
                         if n in params and n not in used), None)
            arg.names[release], arg.values[release] = name, params.get(name) if name else None
            used.add(name)
        for name, default in params.items():
            if name not in used:
                out.append(model.Argument(path, name, {r: None for r in own}, {r: None for r in own}))
                out[-1].names[release], out[-1].values[release] = name, default
        for arg in out:
            key = arg.names[release].lstrip("*") if arg.names[release] else None
            arg.resolved[release] = _resolved(data.get("config"), key, arg.values[release])
    for arg in out:
        first = next(r for r in own if arg.present(r))
        arg.description = describe(own[first].get("doc")).get(arg.name.lstrip("*"), "")
    return out


def _extras(path: str, own: Dict[str, Dict[str, object]], releases, describe) -> List[model.Argument]:
    """The arguments hidden in the first release's ``**kwargs``
    (``Conv2D(input_shape=...)``, ``Adam(lr=...)``), in every release:
    hidden there too, named (under :data:`counterparts.EXTRA_RENAMED`'s
    name maybe), taken or refused by its constructor (a later release's
    ``tf24_extras`` says which), or not tried."""
    first, *later = own
    said = describe(own[first].get("doc"))
    out = []
    for extra in own[first].get("extras") or []:
        name = extra["name"]
        arg = model.Argument(path, name, {first: extra["default"]}, {first: name}, extra=True,
                       accepted=extra.get("accepted", ""), description=said.get(name, ""))
        arg.resolved[first] = _resolved(own[first].get("config"), name, extra["default"])
        renamed = counterparts.EXTRA_RENAMED.get(name) if path.startswith(
            counterparts.EXTRA_RENAMED_UNDER) else None
        for release in later:
            arg.names[release], arg.values[release] = _hidden(
                path, name, renamed, own[release], releases[release].get("tf24_extras") or {})
        out.append(arg)
    return out


def _hidden(path: str, name: str, renamed: Optional[str], data: Dict[str, object],
            tried: Dict[str, Dict[str, str]]) -> Tuple[Optional[str], Optional[str]]:
    """(name, value) of a first release's hidden argument in one later
    release (``data``: its API there); name None where it is gone."""
    if not data:
        return None, None
    params = _params(data)
    for named in (renamed, name):
        if named in params:
            return named, params[named]
    said = tried.get(path, {}).get(name, "")
    if said == "accepted":
        return name, model.ACCEPTED
    if said.startswith("refused"):
        return None, None
    hidden = {e["name"]: e["default"] for e in data.get("extras") or []}
    if not said and name in hidden:  # no constructor tried: its own **kwargs says
        return name, hidden[name]
    return name, model.NOT_TRIED if not said else "%s (%s)" % (model.NOT_TRIED, said.split(":", 1)[0])


def _assign_ids(entries: List[model.ApiEntry]) -> None:
    """Each entry's id, unique on the site, and each argument's anchor,
    unique on its page."""
    _qualify(entries)
    taken: Dict[str, int] = {}
    for entry in entries:
        base = groups.api_id(entry.path)
        taken[base] = taken.get(base, 0) + 1
        entry.id = base if taken[base] == 1 else "%s-%d" % (base, taken[base])
    by_page: Dict[str, List[model.ApiEntry]] = {}
    for entry in entries:
        by_page.setdefault(entry.page, []).append(entry)
    for on_page in by_page.values():
        args = {e.path: {a.name: a for a in e.arguments} for e in on_page}
        ids = groups.anchors([e.path for e in on_page], lambda p, args=args: list(args[p]))
        for (path, name), anchor in ids.items():
            args[path][name].anchor = anchor


def _noted(notes, names: List[str], argument: str) -> Optional[Tuple[str, str]]:
    """The notes entry of an argument of an API known by any of ``names``
    (its path and aliases), hidden in ``**kwargs`` (Adam's ``clipnorm``)
    or not."""
    for name in names:
        if (name, argument) in notes:
            return notes[(name, argument)]
    return None


def _qualify(entries: List[model.ApiEntry]) -> None:
    """Where APIs share a name in any case (``layers.Conv2D``,
    ``backend.conv2d``; ``losses.Hinge``, ``metrics.Hinge``), the one a
    reader most likely means keeps the bare name: a class before a
    function, and anything before ``backend``; the others, and all of a
    tie, are named with their module."""
    shared: Dict[str, List[model.ApiEntry]] = {}
    for entry in entries:
        if entry.kind != "method":
            shared.setdefault(entry.name.lower(), []).append(entry)

    def rank(e):
        return (e.kind != "class", e.path.startswith("tf.keras.backend."))

    methods: Dict[str, List[model.ApiEntry]] = {}
    for entry in entries:
        if entry.kind == "method":
            methods.setdefault(entry.name, []).append(entry)
    for group in methods.values():
        for entry in group:
            entry.qualified = len(group) > 1
    for word, group in shared.items():
        if word in model.STOP_WORDS:
            for entry in group:
                entry.qualified = True
            continue
        if len(group) < 2:
            continue
        group.sort(key=rank)
        first = rank(group[0])
        primary = group[0] if rank(group[1]) != first else None
        for entry in group:
            entry.qualified = entry is not primary
            entry.secondary = primary is not None and entry is not primary


def _resolved(config: Optional[Dict[str, str]], key: Optional[str], default: Optional[str]) -> Optional[str]:
    if not config or key is None or key not in config:
        return None
    value = _readable(config[key])
    if default is not None and counterparts.same_value(value, default):
        return None
    if default == model.REQUIRED:
        return None  # the value is the example the object was built with
    if default not in (None, "None") and not default.startswith(("'", '"')):
        return None  # a literal default: the config only repeats it
    return value


def _readable(text: str) -> str:
    """A serialized object as its constructor call: ``{'class_name':
    'RandomUniform', 'config': {'minval': -0.05, ...}}`` reads
    ``RandomUniform(minval=-0.05, ...)``."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return text
    if isinstance(value, dict) and "class_name" in value and isinstance(value.get("config"), dict):
        return "%s(%s)" % (value["class_name"], ", ".join(
            "%s=%s" % (k, _readable(repr(v))) for k, v in value["config"].items()))
    return text
