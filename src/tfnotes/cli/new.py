"""``./tfn new PAGE/NAME``: a seeded snippet for an existing page, and the
block to paste into it. Standard library only."""

import difflib
import re
import sys
from typing import List

from tfnotes import envs
from tfnotes.cli import shell

TEMPLATE = '''\
import numpy as np
import tensorflow as tf

np.random.seed(0)
tf.random.set_seed(0)

print("TODO: what this snippet shows")
'''
NAME = re.compile(r"^[a-z][a-z0-9_]*$")
# A reader runs a snippet from its folder; a file named like a module
# there would be imported instead of it by its neighbours.
SHADOWED = {"numpy", "tensorflow", "keras", "theano", "scipy", "h5py"}


def _pages() -> List[str]:
    docs = envs.ROOT / "docs"
    return sorted(str(p.relative_to(docs))[:-3] for p in docs.rglob("*.md"))


def new(spec: str) -> int:
    """Write ``snippets/PAGE/NAME.py`` from the seeded template."""
    spec = spec.strip().strip("/")
    if spec.startswith("snippets/"):
        spec = spec[len("snippets/"):]
    if spec.endswith(".py"):
        spec = spec[:-3]
    page, _, name = spec.rpartition("/")
    example = "e.g. ./tfn new layers/dense/units writes snippets/layers/dense/units.py for docs/layers/dense.md"
    if not page or not name:
        raise shell.UsageError("%r: name the snippet PAGE/NAME, %s" % (spec, example))
    if not NAME.match(name):
        raise shell.UsageError("%r: a snippet name is lower case letters, digits and _, starting with a letter; %s"
                         % (name, example))
    if name.endswith("_keras3"):
        raise shell.UsageError(
            "%s is a Keras 3 variant: start it as a copy of its base (cp snippets/%s/%s.py snippets/%s.py), "
            "then say what changed in its first comment (see docs/contributing.md)"
            % (spec, page, name[: -len("_keras3")], spec))
    if name in SHADOWED or name in getattr(sys, "stdlib_module_names", ()):
        raise shell.UsageError("%r is the name of a module; a snippet named so would shadow it "
                         "for its neighbours: pick another name" % name)
    page_file = envs.ROOT / "docs" / (page + ".md")
    if not page_file.is_file():
        pages = _pages()
        near = difflib.get_close_matches(page, pages, n=5, cutoff=0.5)
        if "/" in page:
            near += [p for p in pages if p.startswith(page.rsplit("/", 1)[0] + "/") and p not in near]
        raise shell.UsageError("docs/%s.md does not exist; a snippet belongs to an existing page. Pages near it: %s"
                         % (page, ", ".join("docs/%s.md" % p for p in near[:8]) or "none (see docs/)"))
    target = envs.ROOT / "snippets" / page / (name + ".py")
    if target.exists():
        raise shell.UsageError("snippets/%s.py already exists; edit it, or pick another name" % spec)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(TEMPLATE, encoding="utf-8")
    shell.say("wrote snippets/%s.py (seeded; replace the print with what it shows)" % spec)
    shell.say("paste this into docs/%s.md where it belongs:" % page)
    print('\n```python title="%s.py"\n--8<-- "%s.py"\n```\n' % (spec, spec))
    shell.say("then: ./tfn update snippets/%s.py  (formats it and writes its outputs), ./tfn check" % spec)
    return 0
