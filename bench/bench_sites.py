"""The two site builds of measurement 3 (and the sites 4 and 5 load).

* ours: the project's own build, ``tfnotes.build.build`` (what
  ``python -m tfnotes.build <mkdocs> <root>`` runs: ``mkdocs build --clean
  --strict`` with the project's mkdocs.yml, hooks, mkdocstrings and
  validation), pointed at a temporary site dir so the project's ``site/``
  is left alone.
* plain: a stock mkdocs-material build of the same pages: a generated
  config with ``theme: {name: material, font: false}``, the same nav, and
  only the Markdown extensions the pages need to render (snippets with an
  absolute ``base_path``); no hooks, no mkdocstrings (``:::`` lines are
  dropped), no validation, not strict. Its pages are the Markdown our
  plugin hands to Python-Markdown, written by one untimed build of ours
  with ``dump_hook.py``: every page our plugin adds or completes (the
  notes' tables, the Keras 3 tabs, the figures, the generated API pages
  with their history cells, "Release by release") is a file of the
  plain project, as a plain site would hold it.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional

import yaml

# The extensions the pages need to render; everything else of mkdocs.yml
# (toc permalinks, inlinehilite, ...) is the project's choice, not a need.
NEEDED = {
    "pymdownx.snippets",
    "pymdownx.superfences",
    "pymdownx.highlight",
    "pymdownx.tabbed",
    "admonition",
    "pymdownx.details",
    "attr_list",
    "md_in_html",
    "tables",
    "pymdownx.emoji",
}


class Tagged:
    """A YAML scalar with a tag (``!!python/name:...``, ``!ENV``), kept as text."""

    def __init__(self, tag: str, value):
        self.tag, self.value = tag, value


class _Loader(yaml.SafeLoader):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _construct(loader, suffix, node):
    tag = node.tag
    if isinstance(node, yaml.ScalarNode):
        return Tagged(tag, loader.construct_scalar(node))
    if isinstance(node, yaml.SequenceNode):
        return Tagged(tag, loader.construct_sequence(node, deep=True))
    return Tagged(tag, loader.construct_mapping(node, deep=True))


def _represent(dumper, data: Tagged):
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


_Loader.add_multi_constructor("tag:yaml.org,2002:python/", _construct)
_Loader.add_multi_constructor("!", _construct)
_Dumper.add_representer(Tagged, _represent)


def load_config(root: Path) -> dict:
    return yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)


def _extensions(config: dict, snippets: Path) -> List:
    chosen = []
    for entry in config.get("markdown_extensions") or []:
        name, options = (entry, None) if isinstance(entry, str) else next(iter(entry.items()))
        if name not in NEEDED:
            continue
        if name == "pymdownx.snippets":
            options = {"base_path": [str(snippets)]}
        chosen.append({name: options} if options else name)
    have = {e if isinstance(e, str) else next(iter(e)) for e in chosen}
    if "pymdownx.snippets" not in have:
        chosen.append({"pymdownx.snippets": {"base_path": [str(snippets)]}})
    return chosen


def make_plain_project(root: Path, work: Path) -> Path:
    """Write ``work/mkdocs.yml`` and ``work/docs`` for the plain material
    build; return the config path.

    The pages are the Markdown our plugin hands to Python-Markdown (one
    untimed build of ours with ``dump_hook.py`` writes them), so the
    plain build renders the same content: the notes' tables, the Keras 3
    tabs, the figures, the claims table, the generated pages and "Release
    by release". Only the generated pages' tables, which our plugin puts
    in after Markdown, are put into their Markdown here, as a plain
    site's files would hold them (:func:`api_tables`); ``:::`` lines
    (mkdocstrings, which plain material does not have) are dropped."""
    config = load_config(root)
    docs_src = root / (config.get("docs_dir") or "docs")
    dumped = dump_pages(root, work / "dump")
    docs = work / "docs"
    if docs.exists():
        shutil.rmtree(str(docs))
    for path in sorted(docs_src.rglob("*")):
        if path.is_file() and path.suffix != ".md":
            target = docs / path.relative_to(docs_src)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(str(path), str(target))
    pages = {str(p.relative_to(dumped / "docs")): p.read_text(encoding="utf-8")
             for p in (dumped / "docs").rglob("*.md")}
    pages = api_tables(root, docs_src, pages)
    for rel, text in pages.items():
        kept = [line for line in text.splitlines(True) if not line.startswith(":::")]
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text("".join(kept), encoding="utf-8")
    plain = {
        "site_name": config.get("site_name", "site"),
        "docs_dir": str(docs),
        "theme": {"name": "material", "font": False},
        "markdown_extensions": _extensions(config, root / "snippets"),
    }
    nav = json.loads((dumped / "nav.json").read_text(encoding="utf-8"))
    if nav:
        plain["nav"] = nav
    path = work / "mkdocs.yml"
    path.write_text(yaml.dump(plain, Dumper=_Dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def dump_pages(root: Path, out: Path) -> Path:
    """One build of ours with ``dump_hook.py`` added: ``out/docs/`` holds
    every page's Markdown as our plugin left it, ``out/nav.json`` the
    nav. The config is written next to mkdocs.yml so its relative paths
    resolve the same."""
    if out.exists():
        shutil.rmtree(str(out))
    config = load_config(root)
    config["hooks"] = list(config.get("hooks") or []) + [str(Path(__file__).parent / "dump_hook.py")]
    path = root / ".bench-dump.yml"
    path.write_text(yaml.dump(config, Dumper=_Dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    mkdocs = str(Path(sys.executable).parent / "mkdocs")
    try:
        run = subprocess.run([mkdocs, "build", "--clean", "-f", str(path), "--site-dir", str(out / "site")],
                             cwd=str(root), capture_output=True, text=True,
                             env=dict(os.environ, TFNOTES_BENCH_DUMP=str(out)))
    finally:
        path.unlink()
    if run.returncode != 0:
        raise SystemExit("bench: the dump build failed:\n" + run.stderr[-2000:])
    return out


def api_tables(root: Path, docs: Path, pages: Dict[str, str]) -> Dict[str, str]:
    """``pages`` with the generated pages' table placeholders replaced by
    the tables, history cells included, from the site's own render
    functions (the tables our plugin adds after Markdown)."""
    from mkdocs.structure.files import File

    from tfnotes.api import docstrings, extract, model, pairing
    from tfnotes.history import summary
    from tfnotes.site import notes, render
    from tfnotes.site import pages as site_pages

    entries = pairing.build({r: extract.load(r, root) for r in model.RELEASES},
                            notes.documented(docs), docstrings.descriptions)
    history = summary.load(root / summary.FILE)
    by_id = {e.id: e for e in entries}

    def url_of(src: str) -> str:
        return File(src, str(docs), "site", use_directory_urls=True).url

    def table(match, src: str) -> str:
        entry = by_id[match.group(1)]
        return render.api_table(
            entry,
            lambda arg: site_pages.relative(site_pages.entry_url(entry, arg, url_of), url_of(src)),
            lambda arg: summary.of(history, entry.path, arg.name, entry.counterpart["path"], arg.new_name))

    return {src: site_pages.PLACEHOLDER_RE.sub(lambda m, src=src: table(m, src), text)
            for src, text in pages.items()}


def default_theme_command(mkdocs: str, root: Path, site_dir: Path) -> List[str]:
    """The same site (same pages, hooks, plugins, extensions) with
    mkdocs-material's default theme settings: no palette toggle, no
    features, no custom_dir, no extra CSS or JavaScript. Only ``font:
    false`` stays, as material's default font is a Google Fonts request.
    The config is written next to mkdocs.yml so every relative path in it
    (hooks, docs, snippets) resolves the same."""
    config = load_config(root)
    config["theme"] = {"name": "material", "font": False}
    config.pop("extra_css", None)
    config.pop("extra_javascript", None)
    path = root / ".bench-default-theme.yml"
    path.write_text(yaml.dump(config, Dumper=_Dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return [mkdocs, "build", "--clean", "-f", str(path), "--site-dir", str(site_dir)]


def ours_command(tools_python: str, mkdocs: str, root: Path, site_dir: Path) -> List[str]:
    """``python -m tfnotes.build <mkdocs> <root>``, into ``site_dir``."""
    code = (
        "import sys; from pathlib import Path; from tfnotes.build import build; "
        "sys.exit(build(sys.argv[1], Path(sys.argv[2]), site_dir=sys.argv[3]))"
    )
    return [tools_python, "-c", code, mkdocs, str(root), str(site_dir)]


def plain_command(mkdocs: str, config: Path, site_dir: Path) -> List[str]:
    return [mkdocs, "build", "--clean", "-f", str(config), "--site-dir", str(site_dir)]


def build_once(cmd: List[str], cwd: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=str(cwd), env=env, capture_output=True, text=True)


if __name__ == "__main__":  # debugging aid: write the plain project somewhere
    print(make_plain_project(Path(sys.argv[1]), Path(sys.argv[2])).read_text())
