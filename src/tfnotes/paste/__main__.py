"""``python -m tfnotes.paste [--quick] [-j N] [PAGE...]``: the copy-paste
check (``./tfn paste``); exit 1 when a block does not run as shown."""

import argparse
import os
import sys
import time

from tfnotes import envs
from tfnotes.harness import sandbox
from tfnotes.paste import blocks, check
from tfnotes.pythons import PythonNotFound
from tfnotes.uv import UvError


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="tfn paste", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "pages",
        nargs="*",
        metavar="PAGE",
        help="docs/PAGE.md (default: every page)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="one block per distinct pip line, as the suite runs per push",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="blocks run at once",
    )
    args = parser.parse_args(argv)
    root = envs.ROOT
    pages = [
        str(os.path.relpath(os.path.abspath(p), str(root)))
        for p in args.pages
    ]
    plan = (
        check.quick(root)
        if args.quick
        else check.every(root, pages or blocks.pages(root))
    )
    began = time.perf_counter()
    try:
        outcomes = check.check(plan, args.jobs)
    except (sandbox.SandboxUnavailable, PythonNotFound, UvError) as exc:
        print("paste: %s" % exc, file=sys.stderr)
        return 2
    failed = check.report(outcomes)
    print(failed or "", file=sys.stderr)
    print(
        "paste: %d blocks, %d with %d pip lines did not run as shown (%.0f s)"
        % (
            len(outcomes),
            sum(bool(o.problem) for o in outcomes),
            len({line.text for line, _ in plan}),
            time.perf_counter() - began,
        ),
        file=sys.stderr,
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
