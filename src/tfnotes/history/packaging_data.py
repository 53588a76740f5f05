"""The committed packaging data, ``data/history/packaging.json``::

    {"extractor": sha256 of tfnotes/history/packaging.py,
     "releases": [{"release": "2.4", "lock": sha256 of its lock,
                   "tensorflow": ..., "keras_packages": ..., "tf_keras": ...},
                  ...]}

one entry per release of :mod:`tfnotes.history.releases`, in order, each
written by :mod:`tfnotes.history.packaging` in that release's world
(``./tfn history --packaging``). The hashes are its seal: a changed
extractor or lock is seen without installing anything. Standard library
only.
"""

import json
from pathlib import Path
from typing import Dict, List

from tfnotes import envs
from tfnotes.history import releases, seal, store

FILE = "data/history/packaging.json"
EXTRACTOR = "src/tfnotes/history/packaging.py"
REMAKE = "./tfn history --packaging"
# What the seal adds to an extracted entry.
SEALED = ("release", "lock")


def sealed(
    release: releases.Release,
    entry: Dict[str, object],
    root: Path = envs.ROOT,
) -> Dict[str, object]:
    """A world's entry with the release's name and lock hash."""
    return dict(
        entry, release=release.name, lock=seal.file_hash(root / release.lock)
    )


def unsealed(entry: Dict[str, object]) -> Dict[str, object]:
    """What the extractor wrote of an entry."""
    return {k: v for k, v in entry.items() if k not in SEALED}


def dump(
    entries: List[Dict[str, object]], root: Path = envs.ROOT
) -> str:
    """The file's text: one release per line (small diffs)."""
    body = ",\n".join(json.dumps(e, sort_keys=True) for e in entries)
    return '{"extractor": %s,\n"releases": [\n%s\n]}\n' % (
        json.dumps(seal.file_hash(root / EXTRACTOR)),
        body,
    )


def load(root: Path = envs.ROOT) -> Dict[str, object]:
    found = store.read(root / FILE, REMAKE)
    if found is None:
        raise FileNotFoundError("%s is missing: run %s" % (FILE, REMAKE))
    return found


def entries(root: Path = envs.ROOT) -> List[Dict[str, object]]:
    """The releases' entries, none where the file was never made (a
    project of the meta-tests)."""
    return load(root)["releases"] if (root / FILE).exists() else []


def seal_problems(
    data: Dict[str, object], root: Path = envs.ROOT
) -> List[str]:
    """Why the committed data is stale (``[]``: its seal holds)."""
    again = "; run " + REMAKE
    problems = []
    if data.get("extractor") != seal.file_hash(root / EXTRACTOR):
        problems.append(
            "%s changed since %s was made%s" % (EXTRACTOR, FILE, again)
        )
    found = [e.get("release") for e in data.get("releases", [])]
    if found != list(releases.NAMES):
        problems.append(
            "%s has releases %s, src/tfnotes/history/releases.py %s%s"
            % (FILE, found, list(releases.NAMES), again)
        )
    for entry in data.get("releases", []):
        if entry.get("release") in releases.BY_NAME:
            release = releases.BY_NAME[entry["release"]]
            if entry.get("lock") != seal.file_hash(root / release.lock):
                problems.append(
                    "%s changed since %s was made%s"
                    % (release.lock, FILE, again)
                )
    return problems
