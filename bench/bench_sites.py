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
  dropped from a copy of docs/), no validation, not strict; the pages
  our hooks generate (the "API defaults" section) written into that copy
  as the files a plain site would hold.
"""

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
    """Write ``work/mkdocs.yml`` and ``work/docs`` (a copy without ``:::``
    lines) for the plain material build; return the config path."""
    config = load_config(root)
    docs_src = root / (config.get("docs_dir") or "docs")
    docs = work / "docs"
    if docs.exists():
        shutil.rmtree(str(docs))
    for path in sorted(docs_src.rglob("*")):
        target = docs / path.relative_to(docs_src)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
            kept = [line for line in text.splitlines(True) if not line.startswith(":::")]
            target.write_text("".join(kept), encoding="utf-8")
        else:
            shutil.copy2(str(path), str(target))
    plain = {
        "site_name": config.get("site_name", "site"),
        "docs_dir": str(docs),
        "theme": {"name": "material", "font": False},
        "markdown_extensions": _extensions(config, root / "snippets"),
    }
    if config.get("nav"):
        plain["nav"] = config["nav"]
    # The "API defaults" pages our build generates (tfnotes.site): the
    # plain build gets them as files, tables included, and their nav.
    for rel, text in generated_pages(root, docs_src, plain.get("nav")).items():
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text(text, encoding="utf-8")
    path = work / "mkdocs.yml"
    path.write_text(yaml.dump(plain, Dumper=_Dumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def generated_pages(root: Path, docs: Path, nav: Optional[list]) -> Dict[str, str]:
    """The pages our build generates, as plain Markdown files would hold
    them, tables included (``{src path: text}``; ``nav`` gains their
    section), from the site's own render functions."""
    from mkdocs.structure.files import File

    from tfnotes.api import docstrings, extract, groups, model, pairing
    from tfnotes.site import notes, pages, plugin, published, render

    entries = pairing.build({r: extract.load(r, root) for r in model.RELEASES},
                          notes.documented(docs), docstrings.descriptions)
    if not entries:
        return {}
    by_group: Dict[str, list] = {}
    for entry in entries:
        by_group.setdefault(entry.page, []).append(entry)
    versions = {r: extract.load(r, root)["tensorflow"] for r in model.RELEASES}
    out = {pages.INDEX: pages.index_page(entries, by_group)}
    for slug, group in by_group.items():
        out["%s/%s.md" % (groups.FOLDER, slug)] = pages.group_page(slug, group, versions)

    def url_of(src: str) -> str:
        return File(src, str(docs), "site", use_directory_urls=True).url

    by_id = {e.id: e for e in entries}
    for src, text in list(out.items()):
        if src != pages.INDEX:
            out[src] = pages.PLACEHOLDER_RE.sub(lambda m, src=src: render.api_table(
                by_id[m.group(1)], lambda arg: pages.relative(
                    pages.entry_url(by_id[m.group(1)], arg, url_of), url_of(src))), text)
    out[plugin.CHANGES_PAGE] = (docs / plugin.CHANGES_PAGE).read_text(encoding="utf-8") + "\n" + \
        pages.whole_api_changes(entries, extract.load("keras3", root)["apis"], url_of(plugin.CHANGES_PAGE), url_of)
    out[published.ALL_JSON] = published.all_rows(entries, url_of)
    pages.add_to_nav(nav, by_group)
    return out


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
