"""Each argument's description in the library's own words.

In a TF world, :func:`args_section` keeps the ``Args:`` (TF 2.4 often says
``Arguments:``) section of an API's docstring verbatim, for the data file.
At build time, :func:`descriptions` parses it with griffe's Google-style
parser (griffe is a dependency of mkdocstrings; only the tools world has
it) into ``{argument: description}``.
"""

import inspect
import re
from typing import Dict, Optional

_HEADER = re.compile(r"^(Args|Arguments|Parameters|Keyword Args|Keyword Arguments):\s*$")


def _doc(obj) -> str:
    try:
        return inspect.getdoc(obj) or ""
    except Exception:  # noqa: BLE001 - a broken __doc__ is no docstring
        return ""


def args_section(obj, kind: str) -> Optional[str]:
    """The ``Args:`` section of the docstring (a class's, else its
    ``__init__``'s), header line included; None when it has none."""
    texts = [_doc(obj)]
    if kind == "class":
        texts.append(_doc(obj.__dict__.get("__init__")) if "__init__" in obj.__dict__ else "")
    for text in texts:
        lines = text.splitlines()
        for start, line in enumerate(lines):
            if not _HEADER.match(line):
                continue
            end = start + 1
            while end < len(lines) and (not lines[end].strip() or lines[end][:1].isspace()):
                end += 1
            block = "\n".join(lines[start:end]).rstrip()
            if block.count("\n"):
                return "Args:\n" + "\n".join(lines[start + 1:end]).rstrip()
    return None


def descriptions(section: Optional[str]) -> Dict[str, str]:
    """``{argument: description}`` parsed from an ``Args:`` section."""
    if not section:
        return {}
    import griffe

    # The parser reads sections after a summary line only. Its warnings
    # are about the library's docstrings (types left out), not the site's.
    parsed = griffe.Docstring("Arguments.\n\n" + section).parse("google", warnings=False)
    out = {}
    for part in parsed:
        if part.kind.value == "parameters":
            for p in part.value:
                out[p.name.lstrip("*")] = " ".join(p.description.split())
    return out
