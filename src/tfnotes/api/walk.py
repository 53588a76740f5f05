"""Find the public API: every class and function reachable from ``tf.keras``.

Public means reachable through names without a leading underscore. One
object reached by several paths (``layers.Conv2D`` and
``layers.Convolution2D``) is one API under its canonical path, the others
are its aliases. A class's entry is its constructor; the public methods of
``Model`` and ``Sequential`` are entries of their own
(``tf.keras.Model.fit``), a method ``Sequential`` inherits unchanged being
an alias of ``Model``'s.
"""

import inspect
import types
from dataclasses import dataclass, field
from typing import Dict, List

METHOD_OWNERS = ("tf.keras.Model", "tf.keras.Sequential")


@dataclass
class Api:
    """One public callable: its canonical path, aliases and kind."""

    path: str
    obj: object
    kind: str  # "class", "function" or "method"
    aliases: List[str] = field(default_factory=list)

    @property
    def module(self) -> str:
        """``tf.keras.layers`` for ``tf.keras.layers.Conv2D``."""
        return self.path.rsplit(".", 1)[0]

    @property
    def name(self) -> str:
        return self.path.rsplit(".", 1)[1]


def _canonical(obj, paths: List[str]) -> str:
    """The path a reader knows: the one spelled like the object's own
    ``__name__`` (``Conv2D``, not ``Convolution2D``), then the shortest,
    then the first alphabetically."""
    own = getattr(obj, "__name__", None)
    return min(paths, key=lambda p: (p.rsplit(".", 1)[1] != own, p.count("."), len(p), p))


def _reachable(root, prefix: str) -> Dict[int, List[object]]:
    """``{id(obj): [obj, [path, ...]]}`` of every public callable under root."""
    found: Dict[int, List[object]] = {}
    modules = set()

    def visit(module, path):
        modules.add(id(module))
        for name in sorted(dir(module)):
            if name.startswith("_"):
                continue
            try:
                obj = getattr(module, name)
            except Exception:  # noqa: BLE001 - a lazy attribute that fails is not API
                continue
            where = path + "." + name
            if isinstance(obj, types.ModuleType):
                if id(obj) not in modules:
                    visit(obj, where)
            elif inspect.isclass(obj) or callable(obj):
                found.setdefault(id(obj), [obj, []])[1].append(where)

    visit(root, prefix)
    return found


def _methods(cls, owner: str) -> Dict[str, object]:
    """``{name: function}`` of the public methods of a class, inherited
    ones included (properties and class attributes left out)."""
    out = {}
    for name in sorted(dir(cls)):
        if name.startswith("_"):
            continue
        raw = inspect.getattr_static(cls, name)
        if isinstance(raw, (staticmethod, classmethod)):
            raw = raw.__func__
        if inspect.isfunction(raw):
            out["%s.%s" % (owner, name)] = raw
    return out


def walk(tf=None) -> List[Api]:
    """Every public API of this process's ``tf.keras``, sorted by path."""
    if tf is None:
        import tensorflow as tf
    apis = [
        Api(_canonical(obj, paths), obj, "class" if inspect.isclass(obj) else "function",
            sorted(set(paths)))
        for obj, paths in _reachable(tf.keras, "tf.keras").values()
    ]
    methods: Dict[int, List[object]] = {}
    for owner in METHOD_OWNERS:
        cls = getattr(tf.keras, owner.rsplit(".", 1)[1])
        for path, func in _methods(cls, owner).items():
            methods.setdefault(id(func), [func, []])[1].append(path)
    for func, paths in methods.values():
        # Model's path first: a method Sequential inherits is Model's.
        canonical = min(paths, key=lambda p: (not p.startswith(METHOD_OWNERS[0] + "."), p))
        apis.append(Api(canonical, func, "method", sorted(paths)))
    for api in apis:
        api.aliases = [p for p in api.aliases if p != api.path]
    return sorted(apis, key=lambda a: a.path)
