"""What a snippet needs installed beyond TensorFlow, read from the
snippet itself: the top-level modules it imports, and a leading
``# Needs NAME: why`` comment for a package it needs without importing
it (Keras 3's TensorBoard callback imports tensorboard inside ``fit``).

An imported module is the package of the world's lock with its name
(``theano``; ``tensorflow`` is TensorFlow's, whichever distribution the
lock pins), else the standard library's; what TensorFlow's own
requirements bring along (``numpy``, ``h5py``) is no need. A module that
is neither is an error naming the snippet and line, unless the snippet
raises ``ModuleNotFoundError`` on purpose. Standard library only
(Python >= 3.10 for ``sys.stdlib_module_names``).
"""

import ast
import re
import sys
from typing import Dict

from tfnotes import envs, locks, piplines
from tfnotes.snippet import Snippet

NEEDS = re.compile(
    r"^#\s*Needs\s+(?P<name>[A-Za-z0-9][\w.-]*)\s*:\s*\S", re.M
)
MISSING_ON_PURPOSE = ("ModuleNotFoundError", "ImportError")


class NeedsError(ValueError):
    """An import that no lock or standard library explains."""


def imported(source: str) -> Dict[str, int]:
    """``{top-level module: first line importing it}``, relative imports
    left out."""
    found: Dict[str, int] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            names = [node.module or ""]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top and (top not in found or node.lineno < found[top]):
                found[top] = node.lineno
    return found


def declared(source: str) -> Dict[str, int]:
    """``{canonical name: line}`` of its ``# Needs NAME: why`` comments."""
    return {
        locks.canonical(m.group("name")): source.count(
            "\n", 0, m.start()
        )
        + 1
        for m in NEEDS.finditer(source)
    }


def needs(snippet: Snippet, world: envs.World) -> Dict[str, int]:
    """``{canonical package: line}``: what ``snippet``, run in ``world``,
    needs installed besides TensorFlow."""
    source = snippet.source()
    text = (snippet.root / world.lock).read_text(encoding="utf-8")
    pins = locks.pins(text)
    tensorflow = piplines.tensorflow_name(pins)
    brought = locks.closure(text, tensorflow)
    error = snippet.declared_error(source)
    found = dict(declared(source))
    for module, line in imported(source).items():
        package = (
            tensorflow
            if module == "tensorflow"
            else locks.canonical(module)
        )
        if package in pins:
            if package not in brought:
                found.setdefault(package, line)
        elif module not in sys.stdlib_module_names and not (
            error and error.name in MISSING_ON_PURPOSE
        ):
            raise NeedsError(
                "%s:%d: imports %s, which is neither in the standard library nor a "
                "package %s pins (by that name)"
                % (snippet.display, line, module, world.lock)
            )
    return found
