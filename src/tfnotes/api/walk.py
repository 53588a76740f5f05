"""Find the public API: every class and function reachable from ``tf.keras``.

Public means reachable through names without a leading underscore. One
object reached by several paths (``layers.Conv2D`` and
``layers.Convolution2D``) is one API under its canonical path, the others
are its aliases. A class's entry is its constructor; the public methods of
the classes of :data:`METHOD_OWNERS` and :data:`BASES` are entries of their own
(``tf.keras.Model.fit``, ``tf.keras.metrics.Metric.reset_state``), a
method ``Sequential`` inherits unchanged being an alias of ``Model``'s.
"""

import inspect
import types
from dataclasses import dataclass, field
from typing import Dict, List

# Whose methods are APIs. Model and Sequential: every
# public method (fit, save, ...). Then the bases a user subclasses or
# whose methods a user calls (a Metric's update_state/result/reset_state,
# a Layer's build/call/add_weight, a Loss's call, an Optimizer's
# apply_gradients/minimize, a Callback's on_* hooks), renamed and removed
# across releases with no word in the release notes (reset_states ->
# reset_state in 2.5). Of these only what the base itself defines or gets
# from a Keras ancestor of its own: not what it inherits from another
# owner (a 2.x Metric is a Layer) nor tf.Module/AutoTrackable plumbing.
METHOD_OWNERS = ("tf.keras.Model", "tf.keras.Sequential")
BASES = ("tf.keras.layers.Layer", "tf.keras.metrics.Metric", "tf.keras.losses.Loss",
         "tf.keras.optimizers.Optimizer", "tf.keras.callbacks.Callback")


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


def _keras_own(cls, owners) -> List[str]:
    """The names a base defines itself or gets from Keras ancestors that
    are not themselves owners (``Operation`` for Keras 3's ``Layer``),
    up to the first owner of its MRO, plumbing classes (TensorFlow's,
    Keras's tracking and backend ones) skipped."""
    names = set()
    for ancestor in inspect.getmro(cls)[1:]:
        if ancestor in owners:
            break
        module = getattr(ancestor, "__module__", "")
        if "keras" in module and "track" not in module and ".backend." not in module:
            names.update(vars(ancestor))
    return sorted(names.union(vars(cls)))


def _methods(cls, owner: str, names=None) -> Dict[str, object]:
    """``{name: function}`` of the public methods of a class (of
    ``names`` where given), inherited ones included (properties and
    class attributes left out)."""
    out = {}
    for name in sorted(dir(cls)) if names is None else names:
        if name.startswith("_"):
            continue
        raw = inspect.getattr_static(cls, name)
        if isinstance(raw, (staticmethod, classmethod)):
            raw = raw.__func__
        if inspect.isfunction(raw):
            out["%s.%s" % (owner, name)] = raw
    return out


def _resolve(tf, path: str):
    """The class a ``tf.keras.`` path names, None where the release has
    none."""
    obj = tf
    for part in path.split(".")[1:]:
        obj = getattr(obj, part, None)
    return obj if inspect.isclass(obj) else None


def walk(tf=None) -> List[Api]:
    """Every public API of this process's ``tf.keras``, sorted by path."""
    if tf is None:
        import tensorflow as tf
    apis = [
        Api(_canonical(obj, paths), obj, "class" if inspect.isclass(obj) else "function",
            sorted(set(paths)))
        for obj, paths in _reachable(tf.keras, "tf.keras").values()
    ]
    classes = {owner: _resolve(tf, owner) for owner in METHOD_OWNERS + BASES}
    methods: Dict[int, List[object]] = {}
    for owner in METHOD_OWNERS:
        for path, func in _methods(classes[owner], owner).items():
            methods.setdefault(id(func), [func, []])[1].append(path)
    for func, paths in methods.values():
        # Model's path first: a method Sequential inherits is Model's.
        canonical = min(paths, key=lambda p: (not p.startswith(METHOD_OWNERS[0] + "."), p))
        apis.append(Api(canonical, func, "method", sorted(paths)))
    for owner in BASES:
        # Not aliases of Model's (Layer's add_weight is Model's too): a
        # base's method keeps its path in the releases where Model
        # overrides it and in those where it does not.
        if classes[owner] is not None:
            names = _keras_own(classes[owner], set(classes.values()))
            apis += [Api(path, func, "method", [path])
                     for path, func in _methods(classes[owner], owner, names).items()]
    for api in apis:
        api.aliases = [p for p in api.aliases if p != api.path]
    return sorted(apis, key=lambda a: a.path)
