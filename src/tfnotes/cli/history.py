"""``./tfn history``: the release-by-release data of ``tf.keras``.

* ``--update RELEASE|all``: build the release's world if needed (uv,
  from its lock, into the shared cache), walk it with the extractor,
  write ``data/history/<release>.json`` with its seal, and rebuild
  ``data/history/history.json``;
* ``--verify RELEASE|all``: check the seals, re-extract and compare
  with the committed data (nothing written);
* ``--check``: the per-push check: every seal (the snippets' runs
  too), and one release re-extracted and its snippets re-run, rotating
  with the commit (``int(HEAD) % releases``);
* ``--snippets RELEASE|all``, ``--verify-snippets RELEASE|all``: the
  snippets run on releases (:mod:`tfnotes.cli.historysnippets`);
* ``--lock [RELEASE|all]``: write each release's ``*.in`` from
  :mod:`tfnotes.history.releases` and lock it with hashes;
* ``--packaging``: every release's package metadata into
  ``data/history/packaging.json``, ``--verify-packaging RELEASE|all``:
  re-read and compare (:mod:`tfnotes.cli.packaging`).

Standard library only.
"""

import json
import subprocess
import tempfile
import time
from pathlib import Path
from typing import List, Optional

from tfnotes import envs
from tfnotes.cli import historysnippets, packaging, shell
from tfnotes.history import build, releases, seal, snippetstore, store


def _chosen(which: str) -> List[releases.Release]:
    if which == "all":
        return list(releases.RELEASES)
    try:
        return [releases.named(which)]
    except KeyError as exc:
        raise shell.UsageError(exc.args[0]) from None


def lock(which: str) -> int:
    for release in _chosen(which):
        (envs.ROOT / release.lock).with_suffix(".in").write_text(release.requirements_text(), encoding="utf-8")
        began = time.perf_counter()
        envs.lock(release.world)
        shell.say("locked %s (%.1f s)" % (release.lock, time.perf_counter() - began))
    return 0


def extract(release: releases.Release) -> dict:
    """The release's data, fresh from its world (built if needed), sealed."""
    envs.ensure(release.world)
    carried = store.carried_for(release.name)
    with tempfile.TemporaryDirectory(prefix="tfnotes-history-") as tmp:
        given = Path(tmp, "carried.json")
        given.write_text(json.dumps(carried), encoding="utf-8")
        out = Path(tmp, "out.json")
        code = shell.run([str(release.world.python), "-m", "tfnotes.history.extract",
                          release.name, str(out), str(given)])
        if code != 0:
            raise RuntimeError("extracting release %s failed (exit %d)" % (release.name, code))
        found = json.loads(out.read_text(encoding="utf-8"))
    found.pop("seconds", None)
    found["release"] = release.name
    found["seal"] = seal.seal(release.lock, carried)
    return found


def write_history() -> Path:
    """``history.json`` from every release file there is."""
    names, datas = [], []
    for name in releases.NAMES:
        data = store.load(name)
        if data is not None:
            names.append(name)
            datas.append(data)
    store.HISTORY.write_text(json.dumps(build.history(names, datas), sort_keys=True,
                                        separators=(",", ":")) + "\n", encoding="utf-8")
    return store.HISTORY


def update(which: str) -> int:
    for release in _chosen(which):
        data = extract(release)
        path = store.path_for(release.name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(store.dump(data), encoding="utf-8")
        apis, params, hidden = store.counts(data)
        shell.say("wrote %s: %d APIs, %d parameters, %d hidden arguments"
                  % (path.relative_to(envs.ROOT), apis, params, hidden))
    shell.say("wrote %s" % write_history().relative_to(envs.ROOT))
    return 0


def seal_problems(release: releases.Release) -> List[str]:
    data = store.load(release.name)
    if data is None:
        return ["%s: no data; run ./tfn history --update %s" % (release.name, release.name)]
    wanted = seal.seal(release.lock, store.carried_for(release.name))
    return ["%s: %s since data/history/%s.json was made; re-run ./tfn history --update %s"
            % (release.name, why, release.name, release.name)
            for why in seal.broken(data.get("seal"), wanted)]


def differences(old: Optional[dict], new: dict) -> List[str]:
    """What differs between committed and fresh data (first few APIs)."""
    if old is None:
        return ["no committed data"]
    out = ["%s: %r committed, %r now" % (k, old.get(k), new.get(k))
           for k in ("tensorflow", "keras") if old.get(k) != new.get(k)]
    paths = sorted(set(old["apis"]) | set(new["apis"]))
    changed = [p for p in paths if old["apis"].get(p) != new["apis"].get(p)]
    out += ["%s differs" % p for p in changed[:10]]
    if len(changed) > 10:
        out.append("... and %d more APIs" % (len(changed) - 10))
    return out


def verify(which: str) -> int:
    failed = False
    for release in _chosen(which):
        problems = seal_problems(release)
        if not problems:
            problems = ["%s: %s" % (release.name, d)
                        for d in differences(store.load(release.name), extract(release))]
        for problem in problems:
            shell.say(problem)
        failed = failed or bool(problems)
        if not problems:
            shell.say("%s: committed data matches a fresh extraction" % release.name)
    return 1 if failed else 0


def rotating(head: str) -> releases.Release:
    """The release the per-push check re-extracts for commit ``head``."""
    return releases.RELEASES[int(head, 16) % len(releases.RELEASES)]


def head() -> str:
    """The commit checked out, which chooses the rotating release."""
    return subprocess.run(["git", "rev-parse", "HEAD"], cwd=str(envs.ROOT), capture_output=True,
                          text=True, check=True).stdout.strip()


def check() -> int:
    """Every seal, then one release re-extracted and its snippets re-run,
    chosen by HEAD."""
    problems = [p for r in releases.RELEASES for p in seal_problems(r) + snippetstore.problems(r)]
    for problem in problems:
        shell.say(problem)
    if problems:
        return 1
    commit = head()
    chosen = rotating(commit)
    shell.say("every seal holds; re-extracting release %s (chosen by HEAD %s)" % (chosen.name, commit[:12]))
    return verify(chosen.name) or historysnippets.verify([chosen])


def main(args) -> int:
    """``./tfn history`` with its parsed options."""
    if args.lock:
        return lock(args.lock)
    if args.packaging:
        return packaging.regenerate()
    if args.verify_packaging:
        return packaging.verify(_chosen(args.verify_packaging))
    if args.update:
        return update(args.update)
    if args.verify:
        return verify(args.verify)
    if args.snippets:
        return historysnippets.update(_chosen(args.snippets))
    if args.verify_snippets:
        return historysnippets.verify(_chosen(args.verify_snippets))
    return check()
