"""The ``./tfn`` command table: its arguments, and which module runs each
command. Standard library only: argparse is all a command line needs
here, and ``./tfn`` must start before any world (so any library) exists.
"""

import argparse
import sys
from typing import List, Sequence

from tfnotes import cli, envs
from tfnotes.cli import (
    check,
    history,
    new,
    shell,
    site,
    suite,
    system,
    update,
)
from tfnotes.pythons import PythonNotFound
from tfnotes.uv import UvError

# What these commands need from Debian is installed first
# (tfnotes.cli.system). The site stage of test and the screenshots of
# update ensure Chromium themselves, only when they run.
SNIPPET_COMMANDS = ("test", "check", "update", "screenshots", "paste")
BROWSER_COMMANDS = ("bench",)


def setup() -> None:
    for world in envs.WORLDS:
        envs.ensure(world)


def lock(upgrade: bool) -> int:
    """``./tfn lock``: every lock re-made from its ``*.in``."""
    for world in envs.LOCKED:
        shell.say("locking %s from %s%s" % (world.lock, world.lock[:-4] + ".in", " (upgrading)" if upgrade else ""))
        envs.lock(world, upgrade=upgrade)
    shell.say("locked; see what changed with git diff requirements/, then commit it")
    return 0


def bench(rest: Sequence[str]) -> int:
    return shell.run([str(envs.TOOLS.python), str(envs.ROOT / "bench" / "benchmark.py")] + list(rest))


COMMANDS = {
    "setup": lambda args, rest: 0,
    "serve": lambda args, rest: site.serve(args.port),
    "check": lambda args, rest: check.check(args.paths),
    "test": lambda args, rest: suite.test(rest),
    "update": lambda args, rest: update.update(args.paths),
    "offline": lambda args, rest: site.offline(),
    "screenshots": lambda args, rest: update.screenshots(),
    "bench": lambda args, rest: bench(rest),
    "build": lambda args, rest: 0 if site.build() else 1,
    "paste": lambda args, rest: paste(args),
}


def paste(args) -> int:
    """``./tfn paste``: the copy-paste check, in the tools world."""
    cmd = [str(envs.TOOLS.python), "-m", "tfnotes.paste"] + (["--quick"] if args.quick else [])
    return shell.run(cmd + (["-j", str(args.jobs)] if args.jobs else []) + list(args.pages))


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(
        prog="tfn", description=cli.__doc__.split("\n\nOne module per job")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = main_parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    def command(name: str, summary: str, details: str = "", usage: str = None) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=summary, usage=usage,
                              description=summary + (" " + details if details else ""))

    command("setup", "Build both Python worlds only.",
            "Each is built once per lock file into a cache shared by every checkout "
            "(~/.cache/tfnotes/worlds, or $TFNOTES_CACHE/worlds) and linked as .venvs/NAME; "
            "a second run with nothing changed is a no-op. With CI=true they are built "
            "from scratch every time (a ./tfn started by this one reuses them).")
    p_serve = command("serve", "Set up, then serve the site on 127.0.0.1 with live reload.",
                      "Edits to docs/, snippets/, data/ and src/tfnotes/ rebuild the pages.")
    p_serve.add_argument("--port", type=int, default=8000, help="port to serve on (default %(default)s)")
    p_check = command(
        "check", "Check what you changed, in seconds, updating nothing.",
        "Stops at the first stage that fails: ruff check, ruff format (outputs aside) and the "
        "72-column limit on the snippets; the source and style checks; then the snippets on "
        "TF 2.4 and Keras 3 side by side (a snippet is run with its base or Keras 3 variant, "
        "each world runs its own).")
    p_check.add_argument("paths", nargs="*", metavar="PATH",
                         help="snippets, folders of snippets or pages (docs/PAGE.md); default: the files "
                              "under snippets/ and docs/ that git status reports (staged, unstaged, untracked)")
    command("test", "Run the whole suite; pytest options and paths make it a partial run.",
            "Stages: unit tests; snippets and library facts on TF 2.4 and Keras 3 side by side; "
            "mkdocs build --strict; site checks, meta-tests and browser tests. Everything after "
            "'test' goes to pytest in every stage (./tfn test -k lstm, ./tfn test -x, "
            "./tfn test -- -k x); a path runs only in the stages it belongs to.",
            usage="tfn test [-h] [PYTEST_ARG ...]")
    p_update = command(
        "update", "Format snippets and rewrite their #> outputs from real runs.",
        "With paths: only those snippets, on TF 2.4 then Keras 3 (pytest --update-outputs; on "
        "Keras 3 only variants are rewritten). Without: every snippet, the defaults data of "
        "both libraries, and the TensorBoard screenshots (as ./tfn screenshots).")
    p_update.add_argument("paths", nargs="*", metavar="PATH", help="snippets or folders of snippets")
    p_new = command("new", "Write a new seeded snippet for an existing page.",
                    "Writes snippets/PAGE/NAME.py (ruff-formatted, seeded, one print to replace) and "
                    "prints the include block to paste into docs/PAGE.md; never overwrites.")
    p_new.add_argument("spec", metavar="PAGE/NAME", help="e.g. layers/dense/units for docs/layers/dense.md")
    command("screenshots", "Retake the TensorBoard screenshots of docs/tensorboard.md.",
            "Runs snippets/tensorboard/logged_values.py in each world, starts that world's "
            "tensorboard on 127.0.0.1, and saves its Scalars dashboard from Chromium, light and "
            "dark, to docs/figures/tensorboard/; a request off the machine fails it.")
    p_lock = command(
        "lock", "Re-lock both worlds (and uv) from requirements/*.in, with hashes.",
        "uv pip compile --generate-hashes, for the Python each world is made from, from PyPI "
        "only; the versions the locks pin are kept (--upgrade: the newest the *.in allow). "
        "The next ./tfn builds the worlds from the new locks.")
    p_lock.add_argument("--upgrade", action="store_true", help="move every pin to the newest version allowed")
    p_paste = command(
        "paste", "Run every block of the pages as a reader would, from their pip lines.",
        "Each distinct pip line of the pages (the page's own, else the conventions page's) is "
        "installed by uv into a venv of its own, cached by the line's hash under "
        "~/.cache/tfnotes/paste/; each block is then run as 'python FILE.py' in an empty "
        "folder, in the snippet sandbox, and must end as shown (its #> words, its declared "
        "error). --quick: one block per distinct line, as the suite runs per push.")
    p_paste.add_argument("pages", nargs="*", metavar="PAGE", help="docs/PAGE.md (default: every page)")
    p_paste.add_argument("--quick", action="store_true", help="one block per distinct pip line")
    p_paste.add_argument("-j", "--jobs", type=int, default=0, help="blocks run at once (default: the cores)")
    command("build", "mkdocs build --strict into site/.",
            "Every warning is an error, pinned to a page and line.")
    command("offline", "Build dist/tfnotes-offline.zip, the site with search, opened from file://.")
    command("bench", "Benchmarks against their baselines into bench/results.md.",
            "Everything after 'bench' goes to bench/benchmark.py: --runs N, --quick, --only 1,3.",
            usage="tfn bench [-h] [--runs N] [--quick] [--only 1,3,...] [--log FILE]")
    p_history = command(
        "history", "The defaults of every tf.keras release since 2.4 (data/history/).",
        "Each release (src/tfnotes/history/releases.py) is walked in a world of its own, built "
        "by uv from requirements/releases/RELEASE.txt into the shared cache.")
    todo = p_history.add_mutually_exclusive_group(required=True)
    todo.add_argument("--update", metavar="RELEASE", help="extract RELEASE (or all) and write its sealed data")
    todo.add_argument("--verify", metavar="RELEASE", help="re-extract RELEASE (or all) and compare, writing nothing")
    todo.add_argument("--check", action="store_true", help="every seal, and one release re-extracted, rotating with HEAD")
    todo.add_argument("--snippets", metavar="RELEASE",
                      help="run the snippets on RELEASE (or all) and write their sealed outcomes "
                      "(data/history/snippets/; only added or changed snippets while the seal holds)")
    todo.add_argument("--verify-snippets", metavar="RELEASE",
                      help="re-run every snippet on RELEASE (or all) and compare, writing nothing")
    todo.add_argument("--lock", metavar="RELEASE", nargs="?", const="all", help="re-lock RELEASE (default all)")
    todo.add_argument("--packaging", action="store_true",
                      help="read every release's package metadata into data/history/packaging.json")
    todo.add_argument("--verify-packaging", metavar="RELEASE",
                      help="re-read RELEASE's (or all) package metadata and compare, writing nothing")
    main_parser.commands = sorted(sub.choices)
    return main_parser


PASSTHROUGH = ("test", "bench")


def main(argv: Sequence[str] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    rest: List[str] = []
    if argv[:1] and argv[0] in PASSTHROUGH and argv[1:] not in (["-h"], ["--help"]):
        # argparse would take pytest's options (-k x) for its own.
        argv, rest = argv[:1], argv[1:]
    args = parser().parse_args(argv)
    try:
        if args.command == "new":
            return new.new(args.spec)
        try:
            if args.command == "lock":
                return lock(args.upgrade)
            if args.command == "history":
                return history.main(args)
            setup()
        except PythonNotFound as exc:
            print("tfn: " + str(exc), file=sys.stderr)
            return 2
        except UvError as exc:
            print("tfn: " + str(exc), file=sys.stderr)
            return 1
        if args.command in SNIPPET_COMMANDS:
            system.for_snippets()
        if args.command in BROWSER_COMMANDS:
            system.for_browser()
        return COMMANDS[args.command](args, rest)
    except shell.UsageError as exc:
        print("tfn: error: " + str(exc), file=sys.stderr)
        return 2
