"""Run every snippet of a version on one release of the history.

Each TF 2.4 snippet runs on every 2.x release, each Keras 3 snippet (a
variant where there is one) on every 3.x release, in the snippet
harness's own sandboxed worker (:mod:`tfnotes.harness.supervisor`)
started in the release's world, judged by the harness's rules
(:mod:`tfnotes.history.outcomes`). One worker serves a release's run and
is replaced, as in the suite, after a snippet that crashed it or left
process state changed.

A release world holds what ``pip install`` of that release brings; what
the main worlds add for the snippets (matplotlib for the figures,
Theano on the Backends page, TensorBoard where TensorFlow no longer
brings it) comes from a small world of its own per Python
(``requirements/snippet-extras/``, hashed), whose packages the worker
puts on its path after the release's own: it only adds what the release
lacks, never replaces a package the release pins.

Every snippet runs with the same seed and hash seed, so a stored
outcome is the same at every run. Standard library only (the CLI's Python starts it).
"""

import sysconfig
import time
from pathlib import Path
from typing import Callable, Dict, Iterable, Optional

from tfnotes import envs, snippet
from tfnotes.harness import figures, sandbox, verdict, worker
from tfnotes.harness.isolation import DEFAULT_TIMEOUT
from tfnotes.harness.supervisor import Supervisor, WorkerDied
from tfnotes.history import outcomes, releases, snippetstore

SEED = 20240
Say = Callable[[str], None]


def extras_world(release: releases.Release) -> envs.World:
    return envs.World("snippet-extras-py%d.%d" % release.python,
                      snippetstore.extras_lock(release), exact=release.python)


def site_packages(world: envs.World) -> str:
    """The world's site-packages folder, through the cache's real path."""
    version = "%d.%d" % world.exact
    found = sysconfig.get_path("purelib", vars={"base": str(world.venv.resolve()),
                                                "py_version_short": version})
    if not Path(found).is_dir():
        raise RuntimeError("no site-packages at %s (the %s world is incomplete)" % (found, world.name))
    return found


def _figure_hashes(found: snippet.Snippet):
    return [figures.committed_hash(p.read_text(encoding="utf-8")) for p in found.figures()]


def run(release: releases.Release, names: Optional[Iterable[str]] = None,
        say: Say = lambda line: None) -> Dict[str, object]:
    """``{"tensorflow", "python", "seconds", "snippets": {name: outcome}}``
    for the release's snippets (those in ``names``; all when None)."""
    envs.ensure(release.world)
    extras = envs.ensure(extras_world(release))
    chosen = snippetstore.snippets_of(release.name)
    if names is not None:
        wanted = set(names)
        chosen = [s for s in chosen if s.name in wanted]
    # A fixed hash seed too: a release's error message may print a set.
    supervisor = Supervisor(str(release.world.python), str(envs.ROOT), sandbox.memory_cap_gib(),
                            {worker.EXTRA_SITE: site_packages(extras), "PYTHONHASHSEED": "0"})
    began = time.perf_counter()
    found: Dict[str, dict] = {}
    info: Dict[str, object] = {}
    try:
        for each in chosen:
            found[each.name] = _run_one(supervisor, each)
            if supervisor.shared is not None and supervisor.shared.info:
                info = supervisor.shared.info
            say("  %s %s: %s" % (release.name, each.name, found[each.name]["outcome"]))
    finally:
        supervisor.close()
    return {"tensorflow": info.get("tensorflow"), "python": info.get("python"),
            "seconds": round(time.perf_counter() - began, 1), "snippets": found}


def _run_one(supervisor: Supervisor, each: snippet.Snippet) -> dict:
    running = supervisor.start()
    # A worker that cannot start says nothing of the snippet: the run stops.
    running.wait_ready()
    source = each.source()
    try:
        reply = running.run(str(each.path), DEFAULT_TIMEOUT, SEED, draw_figures=False)
    except WorkerDied as died:
        supervisor.recycle()
        outcome = outcomes.breaks(died.line, str(died))
    else:
        if verdict.left_state_changed(reply):  # the next snippet gets a fresh worker
            supervisor.recycle()
        outcome = outcomes.of_reply(each, source, _figure_hashes(each), reply)
    outcome["source"] = snippetstore.source_hash(each)
    return outcome
