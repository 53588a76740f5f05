"""Arguments hidden in ``**kwargs`` that the library accepts, read from its
source: what a class's ``__init__`` (and each base ``__init__`` it hands
``**kwargs`` on to) takes out of ``kwargs`` (``kwargs.pop("decay", 0.0)``,
``kwargs.get("lr", learning_rate)``, ``"input_shape" in kwargs``), the
names it validates them against (TF 2.4's ``allowed_kwargs`` sets), and
the named parameters of those base ``__init__``s (``Dense(name=...)``
reaches ``Layer.__init__``'s ``name``).

Each extra is ``{"name", "default", "source"}``: ``default`` is the source
text of the value used when the argument is left out (``"0.0"``, or the
expression ``"learning_rate"``), None when the code only looks whether it
was given; ``source`` names the function that reads it.
"""

import ast
import inspect
import textwrap
from typing import Dict, List, Optional

from tfnotes.api import params


def _chain(obj, kind: str) -> List[object]:
    """The functions a call's ``**kwargs`` reach: a class's own
    ``__init__``, then each base's while the previous one takes ``**kwargs``."""
    if kind != "class":
        return [obj]
    chain = []
    for cls in inspect.getmro(obj):
        init = cls.__dict__.get("__init__")
        if init is None or not inspect.isfunction(init):
            continue
        chain.append(init)
        try:
            kinds = [p.kind for p in inspect.signature(init).parameters.values()]
        except (TypeError, ValueError):
            break
        if inspect.Parameter.VAR_KEYWORD not in kinds:
            break
    return chain


def _var_keyword(func) -> Optional[str]:
    try:
        for p in inspect.signature(func).parameters.values():
            if p.kind is inspect.Parameter.VAR_KEYWORD:
                return p.name
    except (TypeError, ValueError):
        pass
    return None


def _string(node) -> Optional[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if hasattr(ast, "Str") and isinstance(node, ast.Str):  # Python 3.7
        return node.s
    return None


def read(func) -> Dict[str, Dict[str, Optional[str]]]:
    """``{name: {"default", "source"}}`` of the kwargs one function reads."""
    name = _var_keyword(func)
    try:
        source = textwrap.dedent(inspect.getsource(func))
        tree = ast.parse(source)
    except (OSError, TypeError, SyntaxError, IndentationError):
        return {}
    where = getattr(func, "__qualname__", getattr(func, "__name__", "?"))
    found: Dict[str, Dict[str, Optional[str]]] = {}

    def add(key, default=None):
        if key is None or key.startswith("_"):
            return
        if key not in found or (found[key]["default"] is None and default is not None):
            found[key] = {"default": default, "source": where}

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("pop", "get") and isinstance(node.func.value, ast.Name) \
                and node.func.value.id == name and node.args:
            default = ast.get_source_segment(source, node.args[1]) if len(node.args) > 1 else None
            add(_string(node.args[0]), " ".join(default.split()) if default else None)
        elif isinstance(node, ast.Compare) and len(node.ops) == 1 \
                and isinstance(node.ops[0], (ast.In, ast.NotIn)) \
                and isinstance(node.comparators[0], ast.Name) and node.comparators[0].id == name:
            add(_string(node.left))
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "validate_kwargs":
            for arg in node.args[1:]:
                if isinstance(arg, ast.Set):
                    for item in arg.elts:
                        add(_string(item))
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Set) and any(
                isinstance(t, ast.Name) and "kwargs" in t.id for t in node.targets):
            for item in node.value.elts:
                add(_string(item))
    return found


def extras(obj, kind: str) -> List[Dict[str, Optional[str]]]:
    """The hidden arguments of one API, sorted by name; [] when its
    signature has no ``**kwargs``."""
    try:
        own = params.parameters(obj, kind)
    except (TypeError, ValueError):
        return []
    if not any(p["kind"] == "**kwargs" for p in own):
        return []
    named = {p["name"] for p in own}
    found: Dict[str, Dict[str, Optional[str]]] = {}
    chain = _chain(obj, kind)
    for depth, func in enumerate(chain):
        for key, value in read(func).items():
            if key not in found or (found[key]["default"] is None and value["default"] is not None):
                found[key] = value
        if depth == 0:
            continue
        try:
            base = params.parameters(func, "method")
        except (TypeError, ValueError):
            continue
        for p in base:
            if p["kind"] in ("*args", "**kwargs"):
                continue
            if p["name"] not in found or found[p["name"]]["default"] is None:
                found[p["name"]] = {"default": p["default"], "source": func.__qualname__}
    return [dict(found[k], name=k) for k in sorted(found) if k not in named]
