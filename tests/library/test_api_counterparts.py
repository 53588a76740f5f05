"""The hand-kept tables of what became of TF 2.4's APIs in Keras 3
(tfnotes.api.counterparts) name things that exist: in the TF 2.4 world
every table's TF 2.4 side, in the Keras 3 world every target. Runs in each
TF world."""

import inspect

import tensorflow as tf

from tfnotes.api import counterparts, extract, walk
from tfnotes.api.model import resolve


def _params(path):
    obj = resolve(path, tf)
    target = obj.__init__ if inspect.isclass(obj) else obj
    return set(inspect.signature(target).parameters)


def test_every_table_entry_exists_in_this_library(project):
    world = extract.world_name(tf.__version__)
    paths = {p for api in walk.walk(tf) for p in [api.path] + api.aliases}
    problems = []
    if world == "tf24":
        for old, _ in counterparts.MOVES:
            if not any(p.startswith(old) for p in paths):
                problems.append("MOVES: no TF 2.4 API under %s" % old)
        for path in list(counterparts.MOVED) + list(counterparts.REPLACED):
            if path not in paths:
                problems.append("%s: not an API of TF 2.4" % path)
        for (path, name) in counterparts.RENAMED:
            if path not in paths:
                problems.append("RENAMED: %s is not an API of TF 2.4" % path)
            elif name not in _params(path):
                problems.append("RENAMED: TF 2.4's %s has no argument %r" % (path, name))
    else:
        for _, new in counterparts.MOVES:
            if not any(p.startswith(new) for p in paths):
                problems.append("MOVES: no Keras 3 API under %s" % new)
        for table in ("MOVED", "REPLACED"):
            for old, new in getattr(counterparts, table).items():
                if new not in paths:
                    problems.append("%s: %s -> %s, which Keras 3 does not have" % (table, old, new))
        data24 = extract.load("tf24", project)["apis"]
        k3_index = {p: p for p in paths}
        for (path, _name), new in counterparts.RENAMED.items():
            found = counterparts.counterpart(path, data24.get(path, {}), k3_index)
            if found["path"] is None:
                problems.append("RENAMED: %s has no Keras 3 counterpart" % path)
            elif new not in _params(found["path"]):
                problems.append("RENAMED: %s (Keras 3 %s) has no argument %r" % (
                    path, found["path"], new))
    assert not problems, "\n".join(problems)
