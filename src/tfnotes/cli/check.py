"""``./tfn check``: what you changed, in seconds, updating nothing: ruff
and the width limit, then the source and style checks, then the snippets
in both worlds side by side; stops at the first stage that fails.
Standard library only (ruff and pytest run in the tools world)."""

import subprocess
import time
from typing import List, Sequence

from tfnotes import envs
from tfnotes.cli import gitstatus, selection, shell, stages
from tfnotes.snippet import Snippet


def cheap_checks(snippets: Sequence[Snippet]) -> List[str]:
    """ruff check, ruff format (outputs aside) and the width limit on
    ``snippets``: one message per problem, empty when all pass."""
    from tfnotes import formatting
    from tfnotes.harness import outputs

    config = envs.ROOT / "pyproject.toml"
    paths = [s.path for s in snippets]
    problems = []
    lint = subprocess.run(
        [envs.TOOLS.bin("ruff"), "check", "--config", str(config), "--output-format", "concise",
         "--no-cache"] + [str(p) for p in paths],
        cwd=str(envs.ROOT), capture_output=True, text=True,
    )
    if lint.returncode != 0:
        problems.append("ruff check (.venvs/tools/bin/ruff check --fix PATH fixes those marked [*]):\n"
                        + (lint.stdout + lint.stderr).strip())
    bad = formatting.unformatted(paths, envs.TOOLS.bin("ruff"), config)
    if bad:
        names = " ".join(str(p.relative_to(envs.ROOT)) for p in bad)
        problems.append("not ruff-formatted: %s; run ./tfn update %s (formats it, then rewrites its outputs)"
                        % (names, names))
    for s in snippets:
        for number, line in enumerate(s.source().splitlines(), 1):
            if len(line) > outputs.WIDTH:
                problems.append(
                    "%s:%d: %d columns, the limit is %d (pyproject.toml's ruff line-length, so a page "
                    "never scrolls sideways); break the line" % (s.display, number, len(line), outputs.WIDTH))
    return problems


def check(paths: Sequence[str]) -> int:
    """Cheap checks, then source checks, then both worlds; stops at the
    first stage that fails."""
    explicit = bool(paths)
    if not explicit:
        paths = gitstatus.git_changes()
        if not paths:
            shell.say("check: nothing changed under snippets/ or docs/ (git status); nothing to check. "
                 "Name files to check them anyway: ./tfn check snippets/PAGE/NAME.py")
            return 0
    chosen = selection.select(paths, explicit)
    for path in chosen.ignored:
        shell.say("check: skipping %s (not a snippet or page; ./tfn test checks it)" % path)
    if not chosen:
        shell.say("check: no snippet or page changed; nothing to check")
        return 0
    what = []
    if chosen.snippets:
        what.append(selection.names(chosen.snippets))
    if chosen.pages:
        what.append("%d page%s" % (len(chosen.pages), "s" * (len(chosen.pages) != 1)))
    if chosen.removed:
        what.append("%d removed" % len(chosen.removed))
    shell.say("check: %s%s" % (", ".join(what), "" if explicit else " (changed, says git status)"))
    done = []
    if chosen.snippets:
        start = time.monotonic()
        problems = cheap_checks(chosen.snippets)
        if problems:
            for problem in problems:
                shell.say("FAILED " + problem)
            shell.say("check FAILED at ruff and the %d-column limit (later stages not run)" % width())
            return 1
        shell.say("passed ruff check, ruff format and the %d-column limit in %.2f s" % (width(), time.monotonic() - start))
        done.append("ruff check, ruff format, %d columns" % width())
    # The source checks look at the whole tree, but report only what
    # concerns these files: someone else's work in progress does not
    # fail your check (./tfn test still checks everything).
    from tfnotes.includes import pages_by_snippet

    focus = [s.display for s in selection.world_files(chosen.snippets)] + list(chosen.pages)
    focus += [page for s in chosen.snippets for page in pages_by_snippet(envs.ROOT / "docs").get(s.base.name, [])]
    sources = stages.Stage("source and style checks", str(envs.TOOLS.python),
                           ["-q", "tests/site/test_sources.py", "tests/site/test_snippet_style.py"],
                           env={"TFNOTES_FOCUS": "\n".join(sorted(set(focus)))})
    if sources.finish(verbose=False) != stages.PASSED:
        shell.say("check FAILED at the source and style checks (snippets not run)")
        return 1
    done.append("source and style checks")
    runs = selection.world_files(chosen.snippets)
    tf24 = [s for s in runs if s.runs_on(keras3=False)]
    keras3 = [s for s in runs if s.runs_on(keras3=True)]
    old, new = shell.tf_version(envs.TF24), shell.tf_version(envs.TOOLS)
    files = [s.display for s in runs]
    running = []
    if tf24:
        running.append(stages.Stage("snippets on TF %s" % old, str(envs.TF24.python), ["-q"] + files))
    if keras3:
        running.append(stages.Stage("snippets on Keras 3 (TensorFlow %s)" % new,
                                    str(envs.TOOLS.python), ["-q"] + files))
    outcomes = [s.finish(verbose=False) for s in running]
    if any(o != stages.PASSED for o in outcomes):
        shell.say("check FAILED running the snippets (see above)")
        return 1
    if runs:
        if [s.name for s in keras3] == [s.name for s in tf24]:
            ran = "%s on TF %s and Keras 3 (TensorFlow %s)" % (selection.names(tf24), old, new)
        else:
            ran = "%s on TF %s, %s on Keras 3 (TensorFlow %s)" % (
                selection.names(tf24) or "no snippet", old, selection.names(keras3) or "no snippet", new)
        done.insert(0, ran)
    if chosen.pages or chosen.removed:
        done[-1] += " (%s)" % ", ".join(w for w in what if w != selection.names(chosen.snippets))
    shell.say("check passed: " + "; ".join(done))
    return 0


def width() -> int:
    from tfnotes.harness import outputs

    return outputs.WIDTH
