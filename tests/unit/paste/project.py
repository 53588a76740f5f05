"""A small project for the pip lines and the copy-paste check: the two
worlds' locks (as uv writes them, trimmed) and pages with snippets."""

from pathlib import Path
from typing import Dict

TF24_LOCK = """\
matplotlib==3.6.3 \\
    --hash=sha256:aa
    # via -r requirements/tf24.in
numpy==1.19.5 \\
    --hash=sha256:bb
    # via
    #   matplotlib
    #   tensorflow-cpu
protobuf==3.20.3 \\
    --hash=sha256:cc
    # via
    #   tensorboard
    #   tensorflow-cpu
tensorboard==2.11.2 \\
    --hash=sha256:dd
    # via tensorflow-cpu
tensorflow-cpu==2.4.4 \\
    --hash=sha256:ee
    # via -r requirements/tf24.in
theano==1.0.5 \\
    --hash=sha256:ff
    # via -r requirements/tf24.in
"""

TOOLS_LOCK = """\
keras==3.14.0 \\
    --hash=sha256:aa
    # via tensorflow-cpu
matplotlib==3.11.2 \\
    --hash=sha256:bb
    # via -r requirements/tools.in
numpy==2.4.6 \\
    --hash=sha256:cc
    # via
    #   keras
    #   matplotlib
    #   tensorflow-cpu
tensorboard==2.21.0 \\
    --hash=sha256:dd
    # via -r requirements/tools.in
tensorflow-cpu==2.21.0 \\
    --hash=sha256:ee
    # via -r requirements/tools.in
"""

FIGURE = "import matplotlib.pyplot as plt\nimport tensorflow as tf\n\nplt.plot([1])\n"
PLAIN = "import numpy as np\nimport tensorflow as tf\n\nprint(np.ones(2))\n#> [1. 1.]\n"


def make(
    root: Path, pages: Dict[str, str], snippets: Dict[str, str]
) -> Path:
    """``root`` with the locks, ``docs/<page>`` and ``snippets/<name>``."""
    (root / "requirements").mkdir(parents=True, exist_ok=True)
    (root / "requirements" / "tf24.txt").write_text(
        TF24_LOCK, encoding="utf-8"
    )
    (root / "requirements" / "tools.txt").write_text(
        TOOLS_LOCK, encoding="utf-8"
    )
    for name, text in list(pages.items()) + [
        ("../snippets/" + n, t) for n, t in snippets.items()
    ]:
        path = root / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def fence(name: str) -> str:
    return '```python title="%s"\n--8<-- "%s"\n```\n' % (name, name)
