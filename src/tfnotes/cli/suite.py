"""``./tfn test``: every stage, or those the given paths belong to, with
pytest's options passed to each. Standard library only."""

import shlex
from typing import List, Optional, Sequence

from tfnotes import envs
from tfnotes.cli import pytestargs, routing, shell, site, stages, system


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
    if unit:
        name = "unit tests (no TensorFlow)"
        results.append((name, stages.Stage(name, str(envs.TOOLS.python), unit + options).finish(selecting)))
    worlds = stage_paths("worlds", routing.WORLD_PATHS)
    if worlds:
        # The two TF worlds share nothing, so they run side by side (2 cores).
        running = [
            stages.Stage("snippets and library facts on TensorFlow 2.4", str(envs.TF24.python), worlds + options),
            stages.Stage("snippets and library facts on the newest TensorFlow (Keras 3)",
                  str(envs.TOOLS.python), worlds + options),
        ]
        results += [(s.name, s.finish(selecting)) for s in running]
    site_paths = stage_paths("site", routing.SITE_PATHS)
    if site_paths:
        system.for_browser()
        results.append((stages.BUILD, stages.PASSED if site.build() else stages.FAILED))
        name = "site checks, broken-input meta-tests, browser tests"
        results.append((name, stages.Stage(name, str(envs.TOOLS.python), site_paths + options).finish(selecting)))
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
