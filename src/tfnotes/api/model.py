"""The entries the generated pages show: one per (API, argument) of TF 2.4's
whole ``tf.keras``, side by side with Keras 3, built from the two committed
data files (standard library only).
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from tfnotes.api import counterparts, groups

REQUIRED = "required"
TF24_DOCS = "https://www.tensorflow.org/versions/r2.4/api_docs/python/"
KERAS3_DOCS = "https://www.tensorflow.org/api_docs/python/"


@dataclass
class Argument:
    """One argument of one API, in both versions."""

    api: str
    name: str
    tf24: Optional[str]  # repr, "required", None for *args/**kwargs or not in 2.4
    keras3: Optional[str]
    status: str  # same, changed, added, removed
    keras3_name: Optional[str] = None  # where Keras 3 renamed it
    in_tf24: bool = True
    anchor: str = ""
    notes: Optional[Tuple[str, str]] = None  # (page src path, anchor) of a notes entry
    description: str = ""


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


def docs_url(path: str, base: str) -> str:
    """The official page of an API (a method: its class's page, anchored)."""
    parts = path.split(".")
    if parts[2:3] in (["Model"], ["Sequential"]) and len(parts) == 4:
        return base + "/".join(parts[:3]) + "#" + parts[3]
    return base + "/".join(parts)


def build(data24: Dict[str, object], data3: Dict[str, object],
          notes: Optional[Dict[Tuple[str, str], Tuple[str, str]]] = None) -> List[ApiEntry]:
    """Every TF 2.4 API with its arguments, ids assigned per page.

    ``notes`` maps (API path, argument) to the (page, anchor) of an entry
    a notes page already has; that argument gets no entry of its own."""
    notes = notes or {}
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
        for arg in counterparts.arguments(path, data["params"] or [], params3):
            argument = Argument(path, arg["name"], arg["tf24"], arg["keras3"], arg["status"],
                                arg["keras3_name"], in_tf24=arg["status"] != "added")
            for name in names:
                if (name, arg["name"]) in notes:
                    argument.notes = notes[(name, arg["name"])]
                    break
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

    for group in shared.values():
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


def title(entry: ApiEntry, arg: Argument) -> str:
    """``Conv2D · padding = 'valid' · Keras 3: 'valid'``."""
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
