"""``./tfn test``: every stage, or those the given paths belong to, with
pytest's options passed to each. Standard library only."""

import os
import shlex
import time
from typing import List, Optional, Sequence

from tfnotes import envs
from tfnotes.cli import pytestargs, routing, shell, site, stages, system

UNIT = "unit tests (no TensorFlow)"
ORDERS = "snippets in other orders on TensorFlow 2.4"
SITE = "site checks, broken-input meta-tests, browser tests"


def parallel(options: Sequence[str]) -> List[str]:
    """pytest-xdist's options for the site stage: one worker per core
    (``TFNOTES_SITE_WORKERS`` says another number, 0 for none), tests that
    share a module's costly fixture kept on one worker (their
    ``xdist_group``); none when the options choose the workers."""
    if any(o in ("-n", "--numprocesses") or o.startswith(("-n", "--numprocesses=")) for o in options):
        return []
    workers = os.environ.get("TFNOTES_SITE_WORKERS", str(os.cpu_count() or 1))
    return ["-n", workers, "--dist", "loadgroup"] if workers != "0" else []


def test(extra: Sequence[str]) -> int:
    """Every stage; with pytest options or paths, a partial run."""
    extra = pytestargs.pytest_args(extra)
    options, paths = pytestargs.split_paths(extra)
    routed = routing.route(paths) if paths else None
    selecting = any(o[:2] in ("-k", "-m") and not o.startswith("--") for o in options)

    def stage_paths(key: str, default: Sequence[str]) -> Optional[List[str]]:
        if routed is None:
            return list(default)
        return routed[key] or None

    results = []  # (stage name, outcome)
    unit = stage_paths("unit", routing.UNIT_PATHS)
    worlds = stage_paths("worlds", routing.WORLD_PATHS)
    site_paths = stage_paths("site", routing.SITE_PATHS)
    # Stages are started as soon as nothing they need is missing, and
    # finished (their output printed) in this order.
    early = [stages.Stage(UNIT, str(envs.TOOLS.python), unit + options)] if unit else []
    late = []
    if worlds:
        # The two TF worlds share nothing, so they run side by side (2 cores).
        early.append(stages.Stage("snippets and library facts on TensorFlow 2.4", str(envs.TF24.python),
                                  worlds + options))
        late.append(stages.Stage("snippets and library facts on the newest TensorFlow (Keras 3)",
                                 str(envs.TOOLS.python), worlds + options))
    results += [(s.name, s.finish(selecting)) for s in early]
    if worlds and routed is None:
        # The TF 2.4 world is idle from here while Keras 3 still runs: the
        # snippets' run in other orders goes there.
        late.append(stages.Stage(ORDERS, str(envs.TF24.python), [routing.ORDER_TEST] + options))
    if site_paths:
        # Neither the build nor the site stage reads a Keras 3 result: they
        # start while that stage still runs.
        system.for_browser()
        began = time.monotonic()
        built = stages.PASSED if site.build() else stages.FAILED
        shell.say("%s %s in %.1f s" % ("passed" if built == stages.PASSED else "FAILED", stages.BUILD,
                                        time.monotonic() - began))
        results.append((stages.BUILD, built))
        if routed is None:
            site_paths = site_paths + ["--ignore", routing.ORDER_TEST]
        late.append(stages.Stage(SITE, str(envs.TOOLS.python), site_paths + parallel(options) + options))
    results += [(s.name, s.finish(selecting)) for s in late]
    failed = [n for n, r in results if r == stages.FAILED]
    unmatched = [n for n, r in results if r == stages.NO_MATCH]
    if routed is not None:
        skipped = [n for n, key in (("unit tests", "unit"), ("both worlds", "worlds"),
                                     ("build and site checks", "site")) if not routed[key]]
        if skipped:
            shell.say("not run (no path of theirs given): " + ", ".join(skipped))
    if not extra:
        shell.say("ALL PASSED" if not failed else "SOME STAGE FAILED (see above): " + "; ".join(failed))
        return 1 if failed else 0
    label = "options" if not paths else "paths" if not options else "options and paths"
    given = "%s: %s" % (label, " ".join(shlex.quote(a) for a in extra))
    whole = "run ./tfn test with no options for the whole suite"
    if failed:
        shell.say("PARTIAL RUN FAILED (%s): %s" % (given, "; ".join(failed)))
        return 1
    if unmatched and len(unmatched) == len([n for n, r in results if n != stages.BUILD]):
        shell.say("PARTIAL RUN FAILED: no tests matched in any stage (%s)" % given)
        return 1
    note = ("; no tests matched in " + "; ".join(unmatched)) if unmatched else ""
    shell.say("PARTIAL RUN passed (%s)%s; %s" % (given, note, whole))
    return 0
