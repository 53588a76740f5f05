"""The entries the generated pages show: one per (API, argument) of TF 2.4's
whole ``tf.keras``, side by side with Keras 3, built from the two committed
data files (standard library only).
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from tfnotes.api import counterparts, groups

REQUIRED = "required"
# lunr's English stop words (material's search drops them from queries):
# an API of such a name (backend.any) is named with its module.
STOP_WORDS = set("""a able about across after all almost also am among an and any are as at
be because been but by can cannot could dear did do does either else ever every for from
get got had has have he her hers him his how however i if in into is it its just least let
like likely may me might most must my neither no nor not of off often on only or other our
own rather said say says she should since so some than that the their them then there
these they this tis to too twas us wants was we were what when where which while who whom
why will with would yet you your""".split())
TF24_DOCS = "https://www.tensorflow.org/versions/r2.4/api_docs/python/"
KERAS3_DOCS = "https://www.tensorflow.org/api_docs/python/"


# The releases the data holds, oldest first, by the name of their data
# file (``data/api/<name>.json``) and as pages name them.
RELEASES: Dict[str, str] = {"tf24": "TF 2.4", "keras3": "Keras 3"}
# The two releases the pages compare (a table's two default columns, the
# status badges, What changed): any two of the data's releases.
OLD, NEW = "tf24", "keras3"
# What an argument hidden in the first release's ``**kwargs`` became in a
# later release where it is no default: taken and passed on, or untried.
ACCEPTED = "accepted in **kwargs"
NOT_TRIED = "not tried"


@dataclass
class Argument:
    """One argument of one API, in every release."""

    api: str
    name: str  # in the first release that has it
    # {release: repr, "required", None for *args/**kwargs or not in it}
    values: Dict[str, Optional[str]]
    # {release: its name there (a renamed one's new name), None: not in it}
    names: Dict[str, Optional[str]]
    anchor: str = ""
    notes: Optional[Tuple[str, str]] = None  # (page src path, anchor) of a notes entry
    description: str = ""  # the oldest docstring that has it
    extra: bool = False  # hidden in the first release's **kwargs: its value is the one when left out
    accepted: str = ""  # an extra: what the first release's constructor said to it
    # {release: get_config() after construction}, where it says more than
    # the default
    resolved: Dict[str, Optional[str]] = field(default_factory=dict)

    def present(self, release: str) -> bool:
        return self.names.get(release) is not None

    def status_between(self, old: str, new: str) -> str:
        """same, changed, added or removed from release ``old`` to ``new``."""
        return compare(self, old, new)

    def history(self, releases: Sequence[str]) -> List[Tuple[str, str, Optional[str]]]:
        """``[(first, last, value)]``: the runs of ``releases`` (oldest
        first) over which the argument kept one value (spelling aside),
        its name aside; releases without it end a run and are left out."""
        runs: List[Tuple[str, str, Optional[str]]] = []
        previous = None
        for release in releases:
            if not self.present(release):
                previous = None
                continue
            if previous is not None and compare(self, previous, release) == "same":
                first, _, value = runs[-1]
                runs[-1] = (first, release, value)
            else:
                runs.append((release, release, self.values.get(release)))
            previous = release
        return runs

    # The pages' two releases (OLD, NEW), by what a table shows of them.
    status = property(lambda self: compare(self, OLD, NEW))
    old = property(lambda self: self.values.get(OLD))
    new = property(lambda self: self.values.get(NEW))
    new_name = property(lambda self: self.names.get(NEW))
    in_old = property(lambda self: self.present(OLD))
    resolved_old = property(lambda self: self.resolved.get(OLD))
    resolved_new = property(lambda self: self.resolved.get(NEW))


def is_mark(value: Optional[str]) -> bool:
    """Whether a value says what became of a hidden argument (no default)."""
    return value is not None and value.startswith((ACCEPTED, NOT_TRIED))


def compare(arg: Argument, old: str, new: str) -> str:
    """The status of ``arg`` from release ``old`` to ``new``: the one
    function every status on the site comes from (through
    :func:`tfnotes.api.counterparts.status`: ``0`` and ``0.0`` are the
    same). An extra left out is None, what it is when not set; one taken
    or untried where it is no default stays the same."""
    a, b = arg.values.get(old), arg.values.get(new)
    if arg.extra:
        if arg.present(old) and arg.present(new) and (is_mark(a) or is_mark(b)):
            return "same"
        a, b = a or "None", b or "None"
    return counterparts.status(a, b, arg.present(old), arg.present(new))


@dataclass
class ApiEntry:
    path: str
    kind: str
    page: str
    aliases: List[str]
    # {release: {"status": "same path"|"moved"|"removed", "path": its path
    # there or None, "replacement": path or None}}
    counterparts: Dict[str, Dict[str, Optional[str]]]
    arguments: List[Argument] = field(default_factory=list)
    error: Optional[str] = None
    qualified: bool = False  # another API has the same name (``Hinge``, ``hinge``)
    secondary: bool = False  # ... and that one keeps the bare name
    id: str = ""  # of its heading, unique on the site: ``layers-conv2d``

    @property
    def counterpart(self) -> Dict[str, Optional[str]]:
        """What became of it in the newer release the pages compare."""
        return self.counterparts[NEW]

    @property
    def name(self) -> str:
        return self.path.rsplit(".", 1)[-1]

    @property
    def title(self) -> str:
        """How search titles name the API: ``Conv2D``, ``Model.fit``, and
        ``losses.Hinge`` where another API shares the name in any case."""
        parts = self.path.split(".")
        return ".".join(parts[-2:]) if self.kind == "method" or self.qualified else parts[-1]

    @property
    def query(self) -> str:
        """What a reader types to name it: the title, but a method only by
        its name (``fit``) unless the other class has one of that name too
        (``Model.build``, ``Sequential.build``)."""
        return self.title if self.kind != "method" or self.qualified else self.name


def signature(data: Dict[str, object], api: str) -> Optional[Dict[str, Optional[str]]]:
    """``{argument: default}`` of ``api`` (its path or an alias) in one
    release's data, as its signature has it; None where the release has
    no such API."""
    path = counterparts.index(data["apis"]).get(api)
    if path is None:
        return None
    return {p["name"]: p["default"] for p in data["apis"][path]["params"] or []}


def resolve(api: str, tf):
    """The object a ``tf.`` path names in the live library ``tf``, or None
    where it has none (for the checks of the data against the library)."""
    obj = tf
    for part in api.split(".")[1:]:
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


def docs_url(path: str, base: str) -> str:
    """The official page of an API (a method: its class's page, anchored)."""
    parts = path.split(".")
    if parts[2:3] in (["Model"], ["Sequential"]) and len(parts) == 4:
        return base + "/".join(parts[:3]) + "#" + parts[3]
    return base + "/".join(parts)


def _resolved(config: Optional[Dict[str, str]], key: Optional[str], default: Optional[str]) -> Optional[str]:
    if not config or key is None or key not in config:
        return None
    value = readable(config[key])
    if default is not None and counterparts.same_value(value, default):
        return None
    if default == REQUIRED:
        return None  # the value is the example the object was built with
    if default not in (None, "None") and not default.startswith(("'", '"')):
        return None  # a literal default: the config only repeats it
    return value


def readable(text: str) -> str:
    """A serialized object as its constructor call: ``{'class_name':
    'RandomUniform', 'config': {'minval': -0.05, ...}}`` reads
    ``RandomUniform(minval=-0.05, ...)``."""
    import ast

    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return text
    if isinstance(value, dict) and "class_name" in value and isinstance(value.get("config"), dict):
        return "%s(%s)" % (value["class_name"], ", ".join(
            "%s=%s" % (k, readable(repr(v))) for k, v in value["config"].items()))
    return text


def build(releases: Dict[str, Dict[str, object]],
          notes: Optional[Dict[Tuple[str, str], Tuple[str, str]]] = None,
          describe=None) -> List[ApiEntry]:
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
        entry = ApiEntry(path, data["kind"], groups.page_of(path, data.get("module", "")),
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


def _named(path: str, own: Dict[str, Dict[str, object]], describe) -> List[Argument]:
    """The arguments the releases' signatures name, in the first
    release's order, then each later one's new ones; paired by name or
    by :data:`counterparts.RENAMED`."""
    out: List[Argument] = []
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
                out.append(Argument(path, name, {r: None for r in own}, {r: None for r in own}))
                out[-1].names[release], out[-1].values[release] = name, default
        for arg in out:
            key = arg.names[release].lstrip("*") if arg.names[release] else None
            arg.resolved[release] = _resolved(data.get("config"), key, arg.values[release])
    for arg in out:
        first = next(r for r in own if arg.present(r))
        arg.description = describe(own[first].get("doc")).get(arg.name.lstrip("*"), "")
    return out


def _extras(path: str, own: Dict[str, Dict[str, object]], releases, describe) -> List[Argument]:
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
        arg = Argument(path, name, {first: extra["default"]}, {first: name}, extra=True,
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
        return name, ACCEPTED
    if said.startswith("refused"):
        return None, None
    hidden = {e["name"]: e["default"] for e in data.get("extras") or []}
    if not said and name in hidden:  # no constructor tried: its own **kwargs says
        return name, hidden[name]
    return name, NOT_TRIED if not said else "%s (%s)" % (NOT_TRIED, said.split(":", 1)[0])


def _assign_ids(entries: List[ApiEntry]) -> None:
    """Each entry's id, unique on the site, and each argument's anchor,
    unique on its page."""
    _qualify(entries)
    taken: Dict[str, int] = {}
    for entry in entries:
        base = groups.api_id(entry.path)
        taken[base] = taken.get(base, 0) + 1
        entry.id = base if taken[base] == 1 else "%s-%d" % (base, taken[base])
    by_page: Dict[str, List[ApiEntry]] = {}
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


def _qualify(entries: List[ApiEntry]) -> None:
    """Where APIs share a name in any case (``layers.Conv2D``,
    ``backend.conv2d``; ``losses.Hinge``, ``metrics.Hinge``), the one a
    reader most likely means keeps the bare name: a class before a
    function, and anything before ``backend``; the others, and all of a
    tie, are named with their module."""
    shared: Dict[str, List[ApiEntry]] = {}
    for entry in entries:
        if entry.kind != "method":
            shared.setdefault(entry.name.lower(), []).append(entry)

    def rank(e):
        return (e.kind != "class", e.path.startswith("tf.keras.backend."))

    methods: Dict[str, List[ApiEntry]] = {}
    for entry in entries:
        if entry.kind == "method":
            methods.setdefault(entry.name, []).append(entry)
    for group in methods.values():
        for entry in group:
            entry.qualified = len(group) > 1
    for word, group in shared.items():
        if word in STOP_WORDS:
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


def shown(value: Optional[str], present: bool = True) -> str:
    """A default as a search title shows it, after the argument's name."""
    if not present:
        return " (not in 2.4)"
    if value is None:
        return " (collects extra arguments)"
    if value == REQUIRED:
        return " (required)"
    return " = " + value


def searchable(entry: ApiEntry, arg: Argument) -> bool:
    """Whether an argument is a search result of its own: every one a
    notes page does not document, those hidden in ``**kwargs`` included
    (``Conv2D input_shape``, ``Adam lr``)."""
    return not arg.notes


def title(entry: ApiEntry, arg: Argument) -> str:
    """``Conv2D · padding = 'valid' · Keras 3: 'valid'``."""
    if arg.extra:
        left_out = " (in **kwargs%s)" % (", left out: %s" % arg.old if arg.old else "")
        return "%s · %s%s · Keras 3: %s" % (entry.title, arg.name, left_out, new_text(entry, arg))
    return "%s · %s%s · Keras 3: %s" % (entry.title, arg.name, shown(arg.old, arg.in_old),
                                         new_text(entry, arg))


def new_text(entry: ApiEntry, arg: Argument) -> str:
    if entry.counterpart["path"] is None:
        return "API removed"
    if arg.status == "removed":
        return "removed"
    value = arg.new
    if value is None:
        value = "collects extra arguments"
    if arg.new_name and arg.new_name != arg.name:
        return "renamed %s, %s" % (arg.new_name, value)
    return value
