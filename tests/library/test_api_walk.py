"""The committed whole-API data (data/api/<world>.json) covers every public
callable of this world's tf.keras and every parameter of each, and says
what the library says. Runs in each TF world."""

import tensorflow as tf

from tfnotes import argtables
from tfnotes.api import extract, groups, walk

_MISSING = object()


def _shown(value):
    if value is _MISSING:
        return "(no such argument)"
    return "(none: collects extra arguments)" if value is None else value


def _committed(project):
    world = extract.world_name(tf.__version__)
    return world, extract.load(world, project)


def test_every_public_callable_and_parameter_has_an_entry(project, capsys):
    world, committed = _committed(project)
    found = walk.walk(tf)
    problems = []
    n_params = 0
    for api in found:
        saved = committed["apis"].get(api.path)
        if saved is None:
            problems.append("%s (%s) has no entry in data/api/%s.json" % (api.path, api.kind, world))
            continue
        live = extract.entry(api)  # parameters only: quick
        names = {p["name"] for p in saved["params"] or []}
        for p in live["params"] or []:
            n_params += 1
            if p["name"] not in names:
                problems.append("%s argument %r has no entry in data/api/%s.json" % (
                    api.path, p["name"], world))
    with capsys.disabled():
        print("\n%s (TensorFlow %s): %d public APIs, %d parameters walked; data/api/%s.json "
              "has %d APIs, %d parameters" % ((world, tf.__version__, len(found), n_params, world)
                                              + extract.counts(committed)))
    assert len(found) > 300, "the walk found only %d APIs under tf.keras" % len(found)
    assert not problems, "run 'python -m tfnotes.api' in this world:\n" + "\n".join(problems)


def _by_name(items):
    return {i["name"]: i for i in items or []}


def test_committed_data_is_what_the_library_says(project, capsys):
    """Signatures, hidden **kwargs (each tried on the constructor), the
    get_config() of each class once built, and the Args docstrings."""
    world, committed = _committed(project)
    assert committed["tensorflow"] == tf.__version__, (
        "data/api/%s.json was made with TensorFlow %s, this is %s: run 'python -m tfnotes.api'"
        % (world, committed["tensorflow"], tf.__version__))
    fresh = extract.extract(tf, project)
    live = fresh["apis"]
    shown_at = groups.where_shown(committed["apis"])
    # An argument a notes page documents is shown there (the generated page links to it).
    for table in argtables.tables(project / "docs"):
        page = "docs/%s" % table.page.relative_to(project / "docs").as_posix()
        for path, api in committed["apis"].items():
            if table.api in [path] + api["aliases"]:
                for row in table.rows:
                    shown_at[(path, row.name)] = "%s:%d (#%s)" % (page, row.line, table.anchor(row.name))
    problems = []
    for path in sorted(set(committed["apis"]) | set(live)):
        if path not in live:
            problems.append("%s: in data/api/%s.json, not in TensorFlow %s" % (path, world, tf.__version__))
            continue
        if path not in committed["apis"]:
            continue  # reported by the completeness test
        saved, real = committed["apis"][path], live[path]
        for key in ("kind", "aliases", "module", "error"):
            if saved.get(key) != real.get(key):
                problems.append("%s: %s is %r in data/api/%s.json, TensorFlow %s says %r" % (
                    path, key, saved.get(key), world, tf.__version__, real.get(key)))
        before = {p["name"]: p for p in saved["params"] or []}
        now = {p["name"]: p for p in real["params"] or []}
        for name in list(now) + [n for n in before if n not in now]:
            old, new = before.get(name), now.get(name)
            if old == new:
                continue
            page = shown_at.get((path, name), "%s/%s.md" % (
                groups.FOLDER, groups.page_of(path, saved.get("module", ""))))
            problems.append("%s argument %r (page %s): shown %s, TensorFlow %s says %s" % (
                path, name, page,
                _shown(old["default"] if old else _MISSING) + ("" if not old else " [%s]" % old["kind"]),
                tf.__version__,
                _shown(new["default"] if new else _MISSING) + ("" if not new else " [%s]" % new["kind"])))
        for name, new in _by_name(real.get("extras")).items():
            old = _by_name(saved.get("extras")).get(name)
            page = shown_at.get((path, name), "%s/%s.md" % (
                groups.FOLDER, groups.page_of(path, saved.get("module", ""))))
            if old != new:
                problems.append("%s hidden argument %r (page %s): shown %s, TensorFlow %s says %s" % (
                    path, name, page, old and (old["default"], old.get("accepted")), tf.__version__,
                    (new["default"], new.get("accepted"))))
        for name in set(_by_name(saved.get("extras"))) - set(_by_name(real.get("extras"))):
            problems.append("%s hidden argument %r: in the data, no longer read from TensorFlow %s" % (
                path, name, tf.__version__))
        old_config, new_config = saved.get("config") or {}, real.get("config") or {}
        for key in sorted(set(old_config) | set(new_config)):
            if old_config.get(key) != new_config.get(key):
                problems.append("%s get_config()[%r] (page %s): shown %s, TensorFlow %s gives %s" % (
                    path, key, "%s/%s.md" % (groups.FOLDER, groups.page_of(path, saved.get("module", ""))),
                    old_config.get(key), tf.__version__, new_config.get(key)))
        if saved.get("doc") != real.get("doc"):
            problems.append("%s: its Args docstring differs from TensorFlow %s's" % (path, tf.__version__))
    if fresh.get("tf24_extras") != committed.get("tf24_extras"):
        problems.append("tf24_extras (whether Keras 3 still takes TF 2.4's hidden arguments) "
                        "differs from what TensorFlow %s says" % tf.__version__)
    tried = [e["accepted"].split(":")[0] for a in live.values() for e in a.get("extras", []) if "accepted" in e]
    with capsys.disabled():
        print("\n%s: hidden **kwargs arguments: %d read from the source, %d tried on constructors "
              "(%d accepted, %d refused, %d constructor not built from the example table)" % (
                  world, sum(len(a.get("extras", [])) for a in live.values()), len(tried),
                  tried.count("accepted"), tried.count("refused"), tried.count("not built")))
    assert not problems, "run 'python -m tfnotes.api' in this world:\n" + "\n".join(problems)


def test_the_bases_methods_are_walked():
    """Each base a user subclasses has its methods walked (a Metric's
    update_state and result in every release)."""
    found = {api.path for api in walk.walk(tf) if api.kind == "method"}
    for base in walk.BASES:
        assert [p for p in found if p.startswith(base + ".")], "no method of %s walked" % base
    metric = "tf.keras.metrics.Metric."
    assert {metric + "update_state", metric + "result"} <= found
