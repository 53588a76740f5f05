"""``./tfn history --packaging``: every release's packaging entry (what
its world installs: :mod:`tfnotes.history.packaging`), run in its world
(built from its lock when missing), written sealed to
``data/history/packaging.json``. A few seconds per release: the
extractor reads metadata and imports TensorFlow once. Standard library
only.
"""

import json
import tempfile
import time
from pathlib import Path
from typing import Dict, List

from tfnotes import envs
from tfnotes.cli import shell
from tfnotes.history import packaging_data, releases


def extract(world: envs.World) -> Dict[str, object]:
    """The entry of ``world`` (built if needed), fresh, unsealed."""
    envs.ensure(world)
    with tempfile.TemporaryDirectory(
        prefix="tfnotes-packaging-"
    ) as tmp:
        out = Path(tmp, "packaging.json")
        code = shell.run(
            [
                str(world.python),
                "-m",
                "tfnotes.history.packaging",
                str(out),
            ]
        )
        if code != 0:
            raise RuntimeError(
                "reading the packaging of world %s failed (exit %d)"
                % (world.name, code)
            )
        return json.loads(out.read_text(encoding="utf-8"))


def verify(chosen: List[releases.Release]) -> int:
    """Re-read each chosen release's entry and compare it with the
    committed one (nothing written): 1 on a seal that no longer holds or
    an entry that differs, naming its fields."""
    data = packaging_data.load()
    problems = packaging_data.seal_problems(data)
    committed = {e["release"]: e for e in data["releases"]}
    for release in [] if problems else chosen:
        old = packaging_data.unsealed(committed[release.name])
        new = extract(release.world)
        changed = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
        problems += ["release %s: %s differs from %s (%s): run %s"
                     % (release.name, key, packaging_data.FILE, "committed %r, found %r"
                        % (old.get(key), new.get(key)), packaging_data.REMAKE) for key in changed]
        if not changed:
            shell.say("release %s: committed packaging matches a fresh reading" % release.name)
    for problem in problems:
        shell.say(problem)
    return 1 if problems else 0


def regenerate() -> int:
    entries = []
    for release in releases.RELEASES:
        began = time.perf_counter()
        entries.append(
            packaging_data.sealed(release, extract(release.world))
        )
        shell.say(
            "release %s: packaging read (%.1f s)"
            % (release.name, time.perf_counter() - began)
        )
    path = envs.ROOT / packaging_data.FILE
    path.write_text(packaging_data.dump(entries), encoding="utf-8")
    shell.say("wrote %s" % packaging_data.FILE)
    return 0
