"""The committed defaults of every API a notes page documents
(data/api/<world>.json, which the pages show) are what this world's
TensorFlow really has; a drifted one fails naming the page and line of
its row. Runs in each TF world."""

import tensorflow as tf

from tfnotes import argtables
from tfnotes.api import extract, model, params


def _fmt(value):
    return "(no such argument)" if value is _MISSING else ("(none: *args/**kwargs)" if value is None else value)


_MISSING = object()


def _live(api, kind):
    """``{argument: default}`` of ``api`` in this TensorFlow, None where it has none."""
    obj = model.resolve(api, tf)
    if obj is None:
        return None
    return {p["name"]: p["default"] for p in params.parameters(obj, kind)}


def test_every_table_matches_the_library(project):
    world = extract.world_name(tf.__version__)
    committed = extract.load(world, project)
    tables = list(argtables.tables(project / "docs"))
    assert tables, "no <!-- args: ... --> table under %s/docs: nothing to check" % project
    kinds = {name: data["kind"] for path, data in committed["apis"].items()
             for name in [path] + list(data.get("aliases") or [])}
    problems = []
    for table in tables:
        page = table.page.relative_to(project / "docs")
        saved = model.signature(committed, table.api)
        real = _live(table.api, kinds.get(table.api, "class"))
        if saved is None or real is None:
            if saved is not real:
                problems.append("docs/%s:%d: %s is in one of data/api/%s.json / TensorFlow %s but not the other"
                                % (page, table.line, table.api, world, tf.__version__))
            continue
        lines = {row.name: row.line for row in table.rows}
        for name in list(real) + [n for n in saved if n not in real]:
            if saved.get(name, _MISSING) != real.get(name, _MISSING):
                problems.append(
                    "docs/%s:%d: %s argument %r: the data says %s, TensorFlow %s says %s"
                    % (page, lines.get(name, table.line), table.api, name,
                       _fmt(saved.get(name, _MISSING)), tf.__version__, _fmt(real.get(name, _MISSING))))
    assert not problems, "\n".join(problems)
