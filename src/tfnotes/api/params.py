"""Every parameter of one API: name, default (as ``repr``), kind.

A class's parameters are its ``__init__``'s, a method's its own, ``self``
left out. ``default`` is the ``repr`` of the default, ``"required"`` for
a parameter without one, None for ``*args``/``**kwargs``. A repr that
carries a memory address (``<function relu at 0x7f...>``) is kept without
it, so the data is the same on every run.
"""

import inspect
import re
from typing import Dict, List, Optional

REQUIRED = "required"
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: "positional-only",
    inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional or keyword",
    inspect.Parameter.VAR_POSITIONAL: "*args",
    inspect.Parameter.KEYWORD_ONLY: "keyword-only",
    inspect.Parameter.VAR_KEYWORD: "**kwargs",
}


def display_name(param: inspect.Parameter) -> str:
    """``units``, ``*args`` or ``**kwargs`` (as the library names them)."""
    if param.kind is inspect.Parameter.VAR_POSITIONAL:
        return "*" + param.name
    if param.kind is inspect.Parameter.VAR_KEYWORD:
        return "**" + param.name
    return param.name


def default_repr(param: inspect.Parameter) -> Optional[str]:
    if param.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
        return None
    if param.default is inspect.Parameter.empty:
        return REQUIRED
    return _ADDRESS.sub("", repr(param.default))


def signature_of(obj, kind: str):
    """The signature a reader calls: a class's ``__init__``'s."""
    target = obj.__init__ if kind == "class" else obj
    return inspect.signature(target)


def parameters(obj, kind: str) -> List[Dict[str, Optional[str]]]:
    """``[{"name", "default", "kind"}]`` in signature order."""
    params = list(signature_of(obj, kind).parameters.values())
    if kind in ("class", "method") and params and params[0].name in ("self", "cls"):
        params = params[1:]
    return [{"name": display_name(p), "default": default_repr(p), "kind": KINDS[p.kind]}
            for p in params]
