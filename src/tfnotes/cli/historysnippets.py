"""``./tfn history --snippets RELEASE|all``: run the snippets on releases
(:mod:`tfnotes.history.snippetruns`) and write their sealed outcomes to
``data/history/snippets/<release>.json``; only the snippets added or
changed since are re-run while the file's seal holds. The per-push check
re-runs one release's snippets in full and compares (:func:`verify`).
Standard library only.
"""

from typing import Dict, List

from tfnotes import envs
from tfnotes.cli import shell
from tfnotes.history import releases, snippetruns, snippetstore


def update(chosen: List[releases.Release]) -> int:
    for release in chosen:
        sources = {s.name: snippetstore.source_hash(s) for s in snippetstore.snippets_of(release.name)}
        held = snippetstore.load(release.name)
        # Sealed with what it ran with, should a file change meanwhile.
        sealed = snippetstore.seal(release)
        todo = snippetstore.stale(held, sealed, sources)
        if held is None or todo["seal"]:
            held = {"snippets": {}}
        shell.say("%s: running %d of %d snippets%s" % (
            release.name, len(todo["snippets"]), len(sources),
            " (%s)" % ", ".join(todo["seal"]) if todo["seal"] else ""))
        ran = snippetruns.run(release, [n for n in todo["snippets"] if n in sources])
        found = {n: o for n, o in held["snippets"].items() if n in sources}
        found.update(ran["snippets"])
        data = {"release": release.name, "seal": sealed, "snippets": found,
                "tensorflow": ran["tensorflow"] or held.get("tensorflow"),
                "python": ran["python"] or held.get("python")}
        path = snippetstore.path_for(release.name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(snippetstore.dump(data), encoding="utf-8")
        counts = tally(found)
        shell.say("wrote %s in %.1f s: %s" % (path.relative_to(envs.ROOT), ran["seconds"], ", ".join(
            "%d %s" % (n, what) for what, n in counts.items())))
    return 0


def tally(found: Dict[str, dict]) -> Dict[str, int]:
    counts = {"same": 0, "differs": 0, "breaks": 0}
    for outcome in found.values():
        counts[outcome["outcome"]] += 1
    return counts


def differences(release: releases.Release) -> List[str]:
    """What a fresh run of every snippet of ``release`` finds otherwise
    than the committed outcomes (``[]``: the same)."""
    problems = snippetstore.problems(release)
    if problems:
        return problems
    held = snippetstore.load(release.name)["snippets"]
    fresh = snippetruns.run(release)["snippets"]
    out = []
    for name in sorted(fresh):
        if fresh[name] != held.get(name):
            out.append("%s on %s: committed %s, now %s" % (
                name, release.name, _shown(held.get(name)), _shown(fresh[name])))
    return out


def _shown(outcome) -> str:
    if outcome is None:
        return "nothing"
    return ", ".join("%s=%r" % (k, v) for k, v in sorted(outcome.items()) if k != "source")


def verify(chosen: List[releases.Release]) -> int:
    failed = False
    for release in chosen:
        found = differences(release)
        for line in found:
            shell.say(line)
        if found:
            shell.say("re-run ./tfn history --snippets %s if the new outcomes are right" % release.name)
        else:
            shell.say("%s: every snippet runs as committed" % release.name)
        failed = failed or bool(found)
    return 1 if failed else 0
