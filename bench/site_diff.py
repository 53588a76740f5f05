"""What a change did to the built site: build it at a base commit and at
a head commit (each in a scratch git worktree, so the checkout may change
meanwhile) and diff the two ``site/`` trees file by file.

    flock /tmp/tfnotes-heavy.lock .venvs/tools/bin/python bench/site_diff.py [BASE [HEAD]] [--keep]

BASE defaults to ``d77cce5``, HEAD to ``HEAD`` (commit first). What differs on every build is left out:
``sitemap.xml.gz`` and the ``<lastmod>`` dates of ``sitemap.xml``. JSON
files are compared as parsed data and diffed pretty-printed (the search
index is one line). Prints a unified diff per differing file (cut at
``--lines``) and a summary; exits 1 when anything differs.
"""

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IGNORED = {"sitemap.xml.gz"}
LASTMOD = re.compile(r"<lastmod>[^<]*</lastmod>")


def build(checkout: Path, site: Path) -> None:
    """mkdocs build of ``checkout``: its own src/ (found from the working
    directory, see ./tfn), so no PYTHONPATH of ours."""
    mkdocs = ROOT / ".venvs" / "tools" / "bin" / "mkdocs"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    code = subprocess.call([str(mkdocs), "build", "--quiet", "--clean", "--site-dir", str(site)],
                           cwd=str(checkout), env=env)
    if code:
        sys.exit("site_diff: the build in %s failed (exit %d)" % (checkout, code))


def checkout(commit: str, where: Path) -> Path:
    """A worktree of ``commit`` sharing this checkout's worlds."""
    subprocess.check_call(["git", "worktree", "add", "--detach", "-q", str(where), commit], cwd=str(ROOT))
    (where / ".venvs").symlink_to(ROOT / ".venvs")
    return where


def comparable(path: Path) -> str:
    """A file's text as compared: JSON pretty-printed, sitemap undated."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return "<binary sha %d>" % hash(raw)
    if path.suffix == ".json":
        try:
            return json.dumps(json.loads(text), indent=1, sort_keys=True, ensure_ascii=False)
        except ValueError:
            return text
    if path.name == "sitemap.xml":
        return LASTMOD.sub("", text)
    return text


def files(site: Path):
    return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and p.name not in IGNORED}


def diff(old: Path, new: Path, lines: int) -> int:
    before, after = files(old), files(new)
    changed = 0
    for name in sorted(before - after):
        print("only in base: %s" % name)
    for name in sorted(after - before):
        print("only in head: %s" % name)
    for name in sorted(before & after):
        a, b = comparable(old / name), comparable(new / name)
        if a == b:
            continue
        changed += 1
        out = list(difflib.unified_diff(a.splitlines(), b.splitlines(), "base/" + name, "head/" + name,
                                        n=1, lineterm=""))
        print("\n".join(out[:lines]))
        if len(out) > lines:
            print("... %d more diff lines in %s" % (len(out) - lines, name))
    print("site_diff: %d files compared, %d differ, %d only in base, %d only in head" % (
        len(before & after), changed, len(before - after), len(after - before)))
    return 1 if changed or before != after else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", nargs="?", default="d77cce5")
    parser.add_argument("head", nargs="?", default="HEAD")
    parser.add_argument("--keep", action="store_true", help="keep the scratch worktree and sites")
    parser.add_argument("--lines", type=int, default=80, help="diff lines shown per file")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="tfnotes-site-diff-"))
    worktrees = []
    try:
        for name, commit in (("base", args.base), ("head", args.head)):
            worktrees.append(checkout(commit, scratch / name))
            build(worktrees[-1], scratch / ("site-" + name))
        return diff(scratch / "site-base", scratch / "site-head", args.lines)
    finally:
        if args.keep:
            print("site_diff: kept %s" % scratch)
        else:
            for worktree in worktrees:
                subprocess.call(["git", "worktree", "remove", "--force", str(worktree)], cwd=str(ROOT))
            subprocess.call(["rm", "-rf", str(scratch)])


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.exit(main())
