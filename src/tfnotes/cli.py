"""``./tfn``: set up, serve, test, update and benchmark the site.

Standard library only, so that any ``python3`` can start it before the two
worlds exist. Every command first makes sure both worlds are built (a no-op
when nothing changed).
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from typing import List, Sequence

from tfnotes import envs
from tfnotes.envs import ROOT, TF24, TOOLS
from tfnotes.pythons import PythonNotFound


def _say(msg: str) -> None:
    print("tfn: " + msg, flush=True)


def _run(cmd: Sequence[str], **kwargs) -> int:
    return subprocess.run(list(cmd), cwd=str(ROOT), **kwargs).returncode


def _env() -> dict:
    env = dict(os.environ)
    env["TFNOTES_TF24_PYTHON"] = str(TF24.python)
    env["TFNOTES_TOOLS_PYTHON"] = str(TOOLS.python)
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    env.setdefault("NO_MKDOCS_2_WARNING", "1")
    return env


def setup() -> None:
    for world in envs.WORLDS:
        envs.ensure(world)


class Stage:
    """A pytest run in one world, started in the background."""

    def __init__(self, name: str, python: str, args: List[str]):
        self.name, self.cmd = name, [python, "-m", "pytest"] + args
        self.log = tempfile.TemporaryFile(mode="w+")
        self.start = time.monotonic()
        self.proc = subprocess.Popen(
            self.cmd, cwd=str(ROOT), env=_env(), stdout=self.log,
            stderr=subprocess.STDOUT, text=True,
        )

    def finish(self) -> bool:
        """Wait, print the run's output, and say whether it passed.

        pytest's exit code 5 (nothing collected) counts as a failure."""
        code = self.proc.wait()
        took = time.monotonic() - self.start
        self.log.seek(0)
        _say("stage: %s" % self.name)
        sys.stdout.write(self.log.read())
        if code == 5:
            _say("FAILED %s: pytest collected no tests (exit 5)" % self.name)
            return False
        _say("%s %s in %.1f s" % ("passed" if code == 0 else "FAILED", self.name, took))
        return code == 0


def build() -> bool:
    _say("stage: mkdocs build --strict")
    cmd = [str(TOOLS.python), "-m", "tfnotes.build", TOOLS.bin("mkdocs"), str(ROOT)]
    return _run(cmd, env=_env()) == 0


def test(extra: List[str]) -> int:
    envs.ensure_chromium()
    # The two TF worlds share nothing, so they run side by side (2 cores).
    worlds = [
        Stage("snippets and library facts on TensorFlow 2.4", str(TF24.python),
              ["snippets", "tests/library"] + extra),
        Stage("snippets and library facts on the newest TensorFlow (Keras 3)",
              str(TOOLS.python), ["snippets", "tests/library"] + extra),
    ]
    ok = all([stage.finish() for stage in worlds])
    ok = build() and ok
    ok = Stage(
        "site checks, broken-input meta-tests, browser tests",
        str(TOOLS.python),
        ["tests/site", "tests/meta"] + extra,
    ).finish() and ok
    _say("ALL PASSED" if ok else "SOME STAGE FAILED (see above)")
    return 0 if ok else 1


def update() -> int:
    """Format every snippet, then regenerate every output shown on pages
    and the defaults data, from real runs in both worlds."""
    code = _run(
        [str(TOOLS.python), "-m", "tfnotes.formatting", TOOLS.bin("ruff")],
        env=_env(),
    )
    for world in (TF24, TOOLS):
        code = code or _run([str(world.python), "-m", "tfnotes.defaults"], env=_env())
    for world in (TF24, TOOLS):
        # On Keras 3 only variants are rewritten; a base snippet that prints
        # something else there fails and asks for a variant.
        code = code or _run(
            [str(world.python), "-m", "pytest", "-q", "snippets", "--update-outputs"],
            env=_env(),
        )
    return code


def offline() -> int:
    _say("stage: offline edition -> dist/tfnotes-offline.zip")
    return _run([str(TOOLS.python), "-m", "tfnotes.offline", TOOLS.bin("mkdocs"), str(ROOT)], env=_env())


def _site_path() -> str:
    """The path part of site_url, under which mkdocs serve serves."""
    match = re.search(r"^site_url:\s*\S+?://[^/\s]+(/\S*)?\s*$",
                      (ROOT / "mkdocs.yml").read_text(), re.M)
    return (match.group(1) if match and match.group(1) else "/")


def serve(port: int) -> int:
    _say("serving on http://127.0.0.1:%d%s (live reload; Ctrl-C stops)" % (port, _site_path()))
    return _run(
        [TOOLS.bin("mkdocs"), "serve", "--livereload", "-a", "127.0.0.1:%d" % port],
        env=_env(),
    )


def main(argv: Sequence[str] = None) -> int:
    parser = argparse.ArgumentParser(prog="tfn", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("setup", help="build both Python worlds (idempotent)")
    p_serve = sub.add_parser("serve", help="set up, then serve the site locally")
    p_serve.add_argument("--port", type=int, default=8000)
    p_test = sub.add_parser("test", help="run the whole suite")
    p_test.add_argument("pytest_args", nargs=argparse.REMAINDER)
    sub.add_parser("update", help="regenerate outputs shown on pages")
    sub.add_parser("build", help="mkdocs build --strict into site/")
    sub.add_parser("offline", help="build dist/tfnotes-offline.zip (opens from file://)")
    p_bench = sub.add_parser("bench", help="benchmark vs baselines into bench/results.md (--runs N, --quick, --only 1,3)")
    p_bench.add_argument("bench_args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    try:
        setup()
    except PythonNotFound as exc:
        print("tfn: " + str(exc), file=sys.stderr)
        return 2
    if args.command == "setup":
        return 0
    if args.command == "serve":
        return serve(args.port)
    if args.command == "test":
        return test(args.pytest_args)
    if args.command == "update":
        return update()
    if args.command == "offline":
        return offline()
    if args.command == "bench":
        envs.ensure_chromium()
        return _run([str(TOOLS.python), str(ROOT / "bench" / "benchmark.py")] + args.bench_args, env=_env())
    if args.command == "build":
        return 0 if build() else 1
    return 2


if __name__ == "__main__":
    sys.exit(main())
