"""The entries the site shows: one per API of TF 2.4's whole ``tf.keras``,
each argument with its name and default in every release of the data
(:func:`tfnotes.api.pairing.build` makes them from the data files), the
status between any two releases (:func:`compare`) and the search title
that names it. Standard library only.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from tfnotes.api import counterparts, walk

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
    owner, name = path.rsplit(".", 1)
    if owner in walk.METHOD_OWNERS + walk.BASES:
        return base + owner.replace(".", "/") + "#" + name
    return base + path.replace(".", "/")


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
