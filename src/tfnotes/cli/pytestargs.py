"""pytest's own arguments as ``./tfn test`` sees them: which are options,
which are paths. A copy of the options of pytest (and of the harness's
plugin) that take a value, since ``./tfn`` reads them before any world,
so before pytest, exists. Standard library only."""

from typing import List, Sequence, Tuple

# pytest options whose value is the next argument (so it is not a path).
VALUE_OPTIONS = {
    "-k", "-m", "-p", "-c", "-o", "-W", "-r", "--deselect", "--ignore",
    "--ignore-glob", "--rootdir", "--confcutdir", "--basetemp", "--maxfail",
    "--tb", "--durations", "--junitxml", "--junit-xml", "--override-ini",
    "--capture", "--import-mode", "--color", "--log-level", "--log-file",
    "--pythonwarnings", "--config-file", "--inifile", "--snippet-order",
    "--snippet-timeout", "-n", "--numprocesses", "--dist", "--maxprocesses",
}

def pytest_args(args: Sequence[str]) -> List[str]:
    """What follows ``./tfn test``: pytest's own arguments, a leading
    ``--`` dropped (``./tfn test -- -k x`` is ``./tfn test -k x``)."""
    args = list(args)
    return args[1:] if args[:1] == ["--"] else args


def split_paths(args: Sequence[str]) -> Tuple[List[str], List[str]]:
    """(options, paths) of pytest arguments: a path is an argument that is
    no option nor an option's value."""
    options, paths = [], []
    takes_value = False
    for arg in args:
        if takes_value:
            options.append(arg)
            takes_value = False
        elif arg.startswith("-"):
            options.append(arg)
            takes_value = arg in VALUE_OPTIONS
        else:
            paths.append(arg)
    return options, paths
