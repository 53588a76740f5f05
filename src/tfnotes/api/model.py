"""The entries the generated pages show: one per (API, argument) of TF 2.4's
whole ``tf.keras``, side by side with Keras 3, built from the two committed
data files (standard library only).
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

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


@dataclass
class Argument:
    """One argument of one API, in every release."""

    api: str
    name: str
    # {release: repr, "required", None for *args/**kwargs or not in it}
    values: Dict[str, Optional[str]]
    status: str  # from the first release to the last: same, changed, added, removed
    keras3_name: Optional[str] = None  # where Keras 3 renamed it
    in_tf24: bool = True
    anchor: str = ""
    notes: Optional[Tuple[str, str]] = None  # (page src path, anchor) of a notes entry
    description: str = ""  # TF 2.4's docstring (Keras 3's for an added one)
    extra: bool = False  # hidden in **kwargs: tf24 is the value when left out
    accepted: str = ""  # an extra: what the TF 2.4 constructor said to it
    resolved24: Optional[str] = None  # get_config() after construction, where it
    resolved3: Optional[str] = None  # says more than the default

    # The two releases the pages compare, by name (not fields: a release
    # more is a key more in ``values``).
    tf24 = property(lambda self: self.values.get("tf24"),
                    lambda self, value: self.values.__setitem__("tf24", value))
    keras3 = property(lambda self: self.values.get("keras3"),
                      lambda self, value: self.values.__setitem__("keras3", value))


@dataclass
class ApiEntry:
    path: str
    kind: str
    page: str
    aliases: List[str]
    counterpart: Dict[str, Optional[str]]
    arguments: List[Argument] = field(default_factory=list)
    error: Optional[str] = None
    qualified: bool = False  # another API has the same name (``Hinge``, ``hinge``)
    secondary: bool = False  # ... and that one keeps the bare name
    id: str = ""  # of its heading, unique on the site: ``layers-conv2d``

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


def _extras(path: str, data: Dict[str, object], found, apis3, tf24_extras) -> List[Argument]:
    out = []
    tried = tf24_extras.get(path, {})
    params3 = {p["name"]: p["default"] for p in (apis3[found["keras3"]]["params"] or [])} \
        if found["keras3"] else {}
    for extra in data.get("extras") or []:
        name = extra["name"]
        arg = Argument(path, name, {"tf24": extra["default"], "keras3": None}, "same", name, extra=True,
                       accepted=extra.get("accepted", ""))
        said = tried.get(name, "")
        new = counterparts.EXTRA_RENAMED.get(name) if path.startswith(counterparts.EXTRA_RENAMED_UNDER) else None
        if found["keras3"] is None:
            arg.status, arg.keras3_name = "removed", None
        elif new and new in params3:
            arg.keras3_name, arg.keras3 = new, params3[new]
            arg.status = "changed"
        elif said == "named":
            arg.keras3 = params3.get(name)
            arg.status = counterparts.status(arg.tf24 or "None", arg.keras3)
        elif said == "accepted":
            arg.keras3, arg.status = "accepted in **kwargs", "same"
        elif said.startswith("refused"):
            arg.status, arg.keras3_name = "removed", None
        else:
            arg.keras3 = "not tried" if not said else "not tried (%s)" % said.split(":", 1)[0]
        out.append(arg)
    return out


def build(data24: Dict[str, object], data3: Dict[str, object],
          notes: Optional[Dict[Tuple[str, str], Tuple[str, str]]] = None,
          describe=None) -> List[ApiEntry]:
    """Every TF 2.4 API with its arguments, ids assigned per page.

    ``notes`` maps (API path, argument) to the (page, anchor) of an entry
    a notes page already has; that argument gets no entry of its own.
    ``describe`` turns a data entry's ``doc`` into ``{argument: text}``."""
    notes = notes or {}
    describe = describe or (lambda doc: {})
    tf24_extras = data3.get("tf24_extras") or {}
    apis24 = data24["apis"]
    apis3 = data3.get("apis") or {}
    k3_index = counterparts.index(apis3)
    out = []
    for path in sorted(apis24):
        data = apis24[path]
        found = counterparts.counterpart(path, data, k3_index)
        params3 = apis3[found["keras3"]]["params"] if found["keras3"] else None
        entry = ApiEntry(path, data["kind"], groups.page_of(path, data.get("module", "")),
                         list(data.get("aliases") or []), found, error=data.get("error"))
        names = [path] + entry.aliases
        said24 = describe(data.get("doc"))
        data3_api = apis3[found["keras3"]] if found["keras3"] else {}
        said3 = describe(data3_api.get("doc"))
        for arg in counterparts.arguments(path, data["params"] or [], params3):
            argument = Argument(path, arg["name"], {"tf24": arg["tf24"], "keras3": arg["keras3"]}, arg["status"],
                                arg["keras3_name"], in_tf24=arg["status"] != "added")
            argument.notes = _noted(notes, names, arg["name"])
            bare = arg["name"].lstrip("*")
            argument.description = said24.get(bare, "") if argument.in_tf24 else said3.get(bare, "")
            argument.resolved24 = _resolved(data.get("config"), bare if argument.in_tf24 else None, arg["tf24"])
            argument.resolved3 = _resolved(data3_api.get("config"), (arg["keras3_name"] or "").lstrip("*") or None,
                                           arg["keras3"])
            entry.arguments.append(argument)
        added = {a.name: a for a in entry.arguments if a.status == "added"}
        for argument in _extras(path, data, found, apis3, tf24_extras):
            named = added.get(argument.name)
            if named is not None:  # hidden in 2.4, a named argument in Keras 3
                entry.arguments.remove(named)
                argument.keras3, argument.keras3_name = named.keras3, named.name
                argument.status = counterparts.status(argument.tf24 or "None", named.keras3)
            argument.description = said24.get(argument.name, "")
            argument.resolved24 = _resolved(data.get("config"), argument.name, argument.tf24)
            argument.notes = _noted(notes, names, argument.name)
            entry.arguments.append(argument)
        out.append(entry)
    _qualify(out)
    taken: Dict[str, int] = {}
    for entry in out:
        base = groups.api_id(entry.path)
        taken[base] = taken.get(base, 0) + 1
        entry.id = base if taken[base] == 1 else "%s-%d" % (base, taken[base])
    by_page: Dict[str, List[ApiEntry]] = {}
    for entry in out:
        by_page.setdefault(entry.page, []).append(entry)
    for entries in by_page.values():
        args = {e.path: {a.name: a for a in e.arguments} for e in entries}
        ids = groups.anchors([e.path for e in entries], lambda p, args=args: list(args[p]))
        for (path, name), anchor in ids.items():
            args[path][name].anchor = anchor
    return out


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
        left_out = " (in **kwargs%s)" % (", left out: %s" % arg.tf24 if arg.tf24 else "")
        return "%s · %s%s · Keras 3: %s" % (entry.title, arg.name, left_out, keras3_text(entry, arg))
    return "%s · %s%s · Keras 3: %s" % (entry.title, arg.name, shown(arg.tf24, arg.in_tf24),
                                         keras3_text(entry, arg))


def keras3_text(entry: ApiEntry, arg: Argument) -> str:
    if entry.counterpart["keras3"] is None:
        return "API removed"
    if arg.status == "removed":
        return "removed"
    value = arg.keras3
    if value is None:
        value = "collects extra arguments"
    if arg.keras3_name and arg.keras3_name != arg.name:
        return "renamed %s, %s" % (arg.keras3_name, value)
    return value
