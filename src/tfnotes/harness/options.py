"""The snippet harness's command-line options (``pytest --help`` lists
them under "tfnotes snippet harness")."""

from tfnotes.harness import sandbox
from tfnotes.harness.isolation import DEFAULT_TIMEOUT


def add(parser) -> None:
    """The harness's options, in pytest's option group "tfnotes"."""
    group = parser.getgroup("tfnotes", "tfnotes snippet harness")
    group.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the #> output comments of the collected snippets from "
        "this run (refused for output that changes with the random seed)",
    )
    group.addoption(
        "--snippet-order",
        default="random",
        help="'random' (a fresh seed, printed), 'random:SEED', 'reverse' or "
        "'path': snippets must pass in any order, so the default shuffles; "
        "except with 'path', snippets that declare '# Changes process state "
        "on purpose' run last",
    )
    group.addoption(
        "--snippet-seeds",
        type=int,
        default=None,
        help="seed the sequence of seeds snippets run with (default: fresh "
        "each run, so that a snippet that forgot to seed itself is caught)",
    )
    group.addoption(
        "--snippet-timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help="seconds a snippet may run before the watchdog kills its "
        "worker (default %(default)s)",
    )
    group.addoption(
        "--snippet-diagnosis",
        choices=("rerun", "off"),
        default="rerun",
        help="'off': report a failing snippet's failure as it is, without "
        "rerunning it in fresh workers to find the cause (the seed, state "
        "an earlier snippet leaked); for runs whose failures are planted, "
        "like the harness's own meta-tests",
    )
    group.addoption(
        "--snippet-memory-cap",
        default=None,
        help="GiB of memory each snippet worker may take (default: "
        "$TFNOTES_MEMORY_CAP, else %g)" % sandbox.DEFAULT_MEMORY_CAP_GIB,
    )
