"""The committed data of the history: ``data/history/<release>.json``
(one per release, sealed) and ``data/history/history.json`` (built from
them all). Standard library only.
"""

import json
from pathlib import Path
from typing import Dict, Optional

from tfnotes import envs
from tfnotes.history import releases

DIR = envs.ROOT / "data" / "history"
HISTORY = DIR / "history.json"


def path_for(release: str, root: Path = envs.ROOT) -> Path:
    return root / "data" / "history" / ("%s.json" % release)


def read(path: Path, remake: str) -> Optional[Dict[str, object]]:
    """A committed JSON file, None when missing; ``remake``: the command
    that writes it, which an error names."""
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError("%s is not JSON (%s): re-run %s" % (path, exc, remake)) from None


def load(release: str, root: Path = envs.ROOT) -> Optional[Dict[str, object]]:
    """A release's committed data, None when it was never made."""
    return read(path_for(release, root), "./tfn history --update %s" % release)


def carried(root: Path = envs.ROOT) -> Dict[str, Dict[str, Optional[str]]]:
    """``{API: {argument: default}}``: the hidden arguments of the first
    release's classes, tried on every later release ({} before it exists)."""
    first = load(releases.NAMES[0], root)
    if first is None:
        return {}
    return {path: {name: extra["default"] for name, extra in api["extras"].items()}
            for path, api in first["apis"].items()
            if api["kind"] == "class" and api.get("extras")}


def carried_for(release: str, root: Path = envs.ROOT) -> Dict[str, Dict[str, Optional[str]]]:
    return {} if release == releases.NAMES[0] else carried(root)


def dump(data: Dict[str, object]) -> str:
    """One API per line: small diffs."""
    head = json.dumps({k: v for k, v in data.items() if k != "apis"}, sort_keys=True)
    body = ",\n".join("%s: %s" % (json.dumps(path), json.dumps(api, sort_keys=True))
                       for path, api in sorted(data["apis"].items()))
    return '{%s,\n"apis": {\n%s\n}}\n' % (head[1:-1], body)


def counts(data: Dict[str, object]):
    """(APIs, named parameters, hidden arguments) of one release."""
    apis = data["apis"]
    return (len(apis), sum(len(a["params"] or []) for a in apis.values()),
            sum(len(a.get("extras") or {}) for a in apis.values()))
