"""The offline edition: ``dist/tfnotes-offline.zip``, opened from the disk.

Builds the site with ``mkdocs.offline.yml`` (``INHERIT: mkdocs.yml`` plus
Material's ``offline`` plugin, pages as ``page.html``, a local copy of the
iframe-worker shim so that search runs from ``file://``) with ``--strict``
into a temporary folder, checks the result, and zips it with everything
under one top folder, ``tfnotes/``: unzip, open ``tfnotes/index.html``.

``python -m tfnotes.offline [MKDOCS] [ROOT]`` does the same from a shell.
"""

import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Dict, List

CONFIG = "mkdocs.offline.yml"
ZIP = Path("dist") / "tfnotes-offline.zip"
TOP = "tfnotes"
# Not zipped: a server's 404 page (absolute links to site_url's path, and
# file:// never shows it), sitemaps for crawlers, source maps (*.map).
LEFT_OUT = {"404.html", "sitemap.xml", "sitemap.xml.gz"}
# Plugins the offline edition adds to mkdocs.yml's.
ADDED = {"offline", "material/offline"}


class OfflineBuildError(RuntimeError):
    """The offline edition could not be built, or was built wrong."""


def _load(path: Path) -> dict:
    from mkdocs.utils.yaml import yaml_load

    with open(str(path), "rb") as fd:
        return yaml_load(fd)


def _plugins(value) -> Dict[str, object]:
    """``plugins:`` (a list or a mapping) as ``{name: options}``."""
    if isinstance(value, dict):
        return {name: options or {} for name, options in value.items()}
    found = {}
    for item in value or []:
        if isinstance(item, dict):
            found.update({name: options or {} for name, options in item.items()})
        else:
            found[item] = {}
    return found


def plugin_drift(root: Path) -> List[str]:
    """How the plugins of ``mkdocs.offline.yml`` differ from ``mkdocs.yml``'s.

    mkdocs' ``INHERIT`` merges mappings but replaces lists, so the offline
    config repeats ``mkdocs.yml``'s plugin list: it must stay equal to it,
    plus ``offline``.
    """
    main = _plugins(_load(root / "mkdocs.yml").get("plugins", ["search"]))
    offline = _plugins(_load(root / CONFIG).get("plugins", ["search"]))
    problems = []
    for name, options in main.items():
        if name not in offline:
            problems.append("plugin %r of mkdocs.yml is missing" % name)
        elif offline[name] != options:
            problems.append("plugin %r has other options than in mkdocs.yml: %r, not %r"
                            % (name, offline[name], options))
    for name in offline:
        if name not in main and name not in ADDED:
            problems.append("plugin %r is not in mkdocs.yml" % name)
    if not ADDED & set(offline):
        problems.append("the offline plugin is missing")
    return ["%s: %s" % (CONFIG, p) for p in problems]


def check_site(site: Path) -> List[str]:
    """What is wrong with a built offline site (empty when nothing)."""
    problems = []
    for rel in ("index.html", "search/search_index.js", "assets/javascripts/iframe-worker/shim.js"):
        if not (site / rel).is_file():
            problems.append("%s is missing" % rel)
    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        if "unpkg.com" in text:
            problems.append("%s loads a script from unpkg.com" % page.relative_to(site))
        if 'data-md-component="source"' in text:
            problems.append("%s asks api.github.com for repository facts" % page.relative_to(site))
    return problems


def build_site(mkdocs: str, root: Path, site_dir: Path) -> None:
    """``mkdocs build --strict`` of the offline config into ``site_dir``."""
    from tfnotes.build import locate

    cmd = [mkdocs, "build", "--strict", "--clean", "--config-file", str(root / CONFIG),
           "--site-dir", str(site_dir)]
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    # cwd=root: the hooks read docs/ relative to the working directory.
    run = subprocess.run(cmd, cwd=str(root), capture_output=True, text=True, env=env)
    if run.returncode:
        lines = []
        for line in (run.stdout + run.stderr).splitlines():
            if line.startswith("INFO"):
                continue
            places = locate(line, root / "docs")
            lines.append(line + ("  [at %s]" % ", ".join(places) if places else ""))
        raise OfflineBuildError("offline build failed (%s):\n%s" % (" ".join(cmd), "\n".join(lines)))


def build_offline_zip(mkdocs: str, root: Path) -> Path:
    """Build the offline edition of the project at ``root`` into
    ``root/dist/tfnotes-offline.zip`` and return that path.

    Raises:
        OfflineBuildError: the configs drifted, the build failed, or the
            built site would not work offline.
    """
    root = Path(root).resolve()
    drift = plugin_drift(root)
    if drift:
        raise OfflineBuildError("\n".join(drift))
    target = root / ZIP
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tfnotes-offline-") as tmp:
        site = Path(tmp) / "site"
        build_site(mkdocs, root, site)
        problems = check_site(site)
        if problems:
            raise OfflineBuildError("offline build is not self-contained:\n" + "\n".join(problems))
        # Written beside the target, then renamed: a reader never sees half a zip.
        partial = target.with_name(target.name + ".%d.part" % os.getpid())
        with zipfile.ZipFile(str(partial), "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(site.rglob("*")):
                if path.is_file() and path.relative_to(site).as_posix() not in LEFT_OUT \
                        and not path.name.endswith(".map"):
                    archive.write(str(path), "%s/%s" % (TOP, path.relative_to(site).as_posix()))
        os.replace(str(partial), str(target))
    return target


def main(argv: List[str]) -> int:
    mkdocs = argv[0] if argv else str(Path(sys.executable).with_name("mkdocs"))
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[2]
    try:
        path = build_offline_zip(mkdocs, root)
    except OfflineBuildError as exc:
        print("tfn: %s" % exc, file=sys.stderr)
        return 1
    with zipfile.ZipFile(str(path)) as archive:
        count = len(archive.namelist())
    print("tfn: offline edition: %s (%d files, %.1f MB); unzip it and open %s/index.html"
          % (path, count, path.stat().st_size / 1e6, TOP))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
