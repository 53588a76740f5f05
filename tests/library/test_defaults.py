"""The committed defaults (data/defaults/<world>.json), which the pages show,
are what this world's TensorFlow really has. Runs in each TF world."""

import tensorflow as tf

from tfnotes import argtables, defaults


def _fmt(value):
    return "(no such argument)" if value is _MISSING else ("(none: *args/**kwargs)" if value is None else value)


_MISSING = object()


def test_every_table_matches_the_library(project):
    world = defaults.world_name(tf.__version__)
    committed = defaults.load(world, project)
    tables = list(argtables.tables(project / "docs"))
    assert tables, "no <!-- args: ... --> table under %s/docs: nothing to check" % project
    live = defaults.extract(sorted({t.api for t in tables}), tf)["apis"]
    problems = []
    for table in tables:
        where = "docs/%s:%d" % (table.page.relative_to(project / "docs"), table.line)
        if table.api not in committed["apis"]:
            problems.append("%s: no %s defaults for %s in data/defaults/%s.json; run './tfn update'"
                            % (where, world, table.api, world))
            continue
        if committed["apis"][table.api] != live[table.api] and (
                committed["apis"][table.api] is None or live[table.api] is None):
            problems.append("%s: %s exists in one of table data / TensorFlow %s but not the other"
                            % (where, table.api, tf.__version__))
            continue
        saved = {p["name"]: p["default"] for p in committed["apis"][table.api] or []}
        real = {p["name"]: p["default"] for p in live[table.api] or []}
        lines = {row.name: row.line for row in table.rows}
        for name in list(real) + [n for n in saved if n not in real]:
            if saved.get(name, _MISSING) != real.get(name, _MISSING):
                problems.append(
                    "docs/%s:%d: %s argument %r: the table says %s, TensorFlow %s says %s"
                    % (table.page.relative_to(project / "docs"), lines.get(name, table.line),
                       table.api, name, _fmt(saved.get(name, _MISSING)), tf.__version__,
                       _fmt(real.get(name, _MISSING))))
    assert not problems, "\n".join(problems)


def test_committed_data_names_this_tensorflow(project):
    world = defaults.world_name(tf.__version__)
    path = defaults.path_for(world, project)
    assert path.is_file(), "%s is missing: run './tfn update'" % path
    committed = defaults.load(world, project)
    assert committed["tensorflow"] == tf.__version__, (
        "data/defaults/%s.json was made with TensorFlow %s, this is %s: run './tfn update'"
        % (world, committed["tensorflow"], tf.__version__))
