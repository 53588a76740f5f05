"""The committed runs of the snippets on every release:
``data/history/snippets/<release>.json``, written by ``./tfn history
--snippets RELEASE`` (:mod:`tfnotes.history.snippetruns`)::

    {"release": "2.7", "tensorflow": "2.7.4", "python": "3.8.18",
     "seal": {"runner": sha256, "lock": sha256, "extras": sha256},
     "snippets": {"layers/lstm/weights.py": {"source": sha256,
                  "outcome": "same" | "differs" | "breaks", ...}}}

Each outcome as :mod:`tfnotes.history.outcomes` makes it. The seal holds
what every run of the file depends on (the runner's code, the release's
lock, the lock of the extra packages); each snippet's ``source`` the hash
of its file and committed figures, so an edited snippet is re-run alone.
A file that no longer matches says which command refreshes it
(:func:`problems`). Standard library only.
"""

import hashlib
import json
from pathlib import Path
from typing import Dict, List, Optional

from tfnotes import envs, snippet
from tfnotes.history import releases, store
from tfnotes.history import seal as hashes

# The code a stored outcome depends on: the runner, and the harness's
# worker and judging it reuses.
RUNNER = (
    "src/tfnotes/history/snippetruns.py", "src/tfnotes/history/outcomes.py",
    "src/tfnotes/harness/worker.py", "src/tfnotes/harness/isolation.py",
    "src/tfnotes/harness/state.py", "src/tfnotes/harness/sandbox.py",
    "src/tfnotes/harness/verdict.py", "src/tfnotes/harness/outputs.py",
    "src/tfnotes/harness/figures.py", "src/tfnotes/snippet.py",
)
WHAT = {"runner": "the snippet runner", "lock": "the release's lock",
        "extras": "the lock of the extra packages"}


def path_for(release: str, root: Path = envs.ROOT) -> Path:
    return root / "data" / "history" / "snippets" / ("%s.json" % release)


def extras_lock(release: releases.Release) -> str:
    """The lock of what the release world lacks for the snippets
    (matplotlib, ...), one per Python, relative to the checkout."""
    return "requirements/snippet-extras/py%d.%d.txt" % release.python


def is_keras3(release: str) -> bool:
    return not release.startswith("2.")


def snippets_of(release: str, root: Path = envs.ROOT) -> List[snippet.Snippet]:
    """What runs on the release, as in the main worlds: each TF 2.4
    snippet on 2.x; on Keras 3 a snippet's variant where it has one."""
    keras3 = is_keras3(release)
    return [s for s in snippet.discover(root) if s.runs_on(keras3)]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def source_hash(found: snippet.Snippet) -> str:
    """Its file and committed figures (a figure is compared by data)."""
    parts = [found.path.read_bytes()] + [p.read_bytes() for p in found.figures()]
    return _sha256(b"\0".join(parts))


def seal(release: releases.Release, root: Path = envs.ROOT) -> Dict[str, str]:
    return {"runner": hashes.files_hash(RUNNER, root),
            "lock": hashes.file_hash(root / release.lock),
            "extras": hashes.file_hash(root / extras_lock(release))}


def load(release: str, root: Path = envs.ROOT) -> Optional[Dict[str, object]]:
    return store.read(path_for(release, root), "./tfn history --snippets %s" % release)


def dump(data: Dict[str, object]) -> str:
    """One snippet per line: small diffs."""
    head = json.dumps({k: v for k, v in data.items() if k != "snippets"}, sort_keys=True)
    body = ",\n".join("%s: %s" % (json.dumps(name), json.dumps(run, sort_keys=True))
                       for name, run in sorted(data["snippets"].items()))
    return '{%s,\n"snippets": {\n%s\n}}\n' % (head[1:-1], body)


def stale(data: Optional[Dict[str, object]], wanted_seal: Dict[str, str],
          sources: Dict[str, str]) -> Dict[str, List[str]]:
    """``{"seal": [what changed], "snippets": [names to run again]}``:
    what no longer matches ``data`` (everything when there is none)."""
    if data is None:
        return {"seal": ["no data"], "snippets": sorted(sources)}
    found = data.get("seal") or {}
    changed = ["%s changed" % WHAT[k] for k in sorted(wanted_seal) if found.get(k) != wanted_seal[k]]
    held = data.get("snippets") or {}
    if changed:
        return {"seal": changed, "snippets": sorted(sources)}
    return {"seal": [], "snippets": sorted(
        name for name in set(sources) | set(held)
        if (held.get(name) or {}).get("source") != sources.get(name))}


def problems(release: releases.Release, root: Path = envs.ROOT) -> List[str]:
    """Why the committed runs of ``release`` are stale, one line each,
    naming the command that refreshes them (``[]``: they hold)."""
    again = "./tfn history --snippets %s" % release.name
    held = load(release.name, root)
    if held is None:
        return ["data/history/snippets/%s.json is missing; run %s" % (release.name, again)]
    sources = {s.name: source_hash(s) for s in snippets_of(release.name, root)}
    found = stale(held, seal(release, root), sources)
    out = ["data/history/snippets/%s.json: %s since it was made; run %s" % (release.name, why, again)
           for why in found["seal"]]
    if not out and found["snippets"]:
        names = found["snippets"]
        out.append("data/history/snippets/%s.json: %d snippet(s) added, changed or removed since "
                   "it was made (%s%s); run %s" % (
                       release.name, len(names), ", ".join(names[:3]),
                       ", ..." if len(names) > 3 else "", again))
    return out
