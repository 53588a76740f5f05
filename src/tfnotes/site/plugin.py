"""The site's mkdocs plugin: each mkdocs event handled once, the state of
one build on the plugin object.

- ``on_config``: read the committed data of every release
  (``data/api/<release>.json``) into the model (:mod:`tfnotes.api.model`),
  and add the "API defaults" section to the nav;
- ``on_files``: render the notes' argument tables (:mod:`.notes`) and check
  each page's Keras 3 tabs, up front, so that every argument is known
  before any page is built; add the generated pages (:mod:`.pages`),
  ``defaults.json`` and ``api/all.json`` (:mod:`.published`),
  ``history.json`` and "Release by release" (:mod:`.releasepage`);
- ``on_page_markdown``: the rendered tables, Keras 3 tabs, figures,
  the pip install lines (:mod:`.pipblock`), each snippet's line across
  releases (:mod:`.releaseruns`), "What changed since 2.4", the claims
  table (:mod:`tfnotes.claims`) and the release facts of the prose
  (:mod:`.facts`, from ``data/history/packaging.json``);
- ``on_page_content``: the generated pages' tables (:mod:`.render`) and
  the snippets' lines across releases;
- ``on_post_page``: the tables of "All defaults";
- ``on_post_build``: the search index's argument entries (:mod:`.search`).
"""

import json
import os
from pathlib import Path
from typing import Dict, List, Tuple

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File

from tfnotes import argtables, includes, piplines, snippet, variants
from tfnotes.api import (
    docstrings,
    extract,
    groups,
    model,
    pairing,
    searchtags,
)
from tfnotes.claims import page as claims_page
from tfnotes.history import (
    changes,
    packaging_data,
    packaging_facts,
    summary,
)
from tfnotes.site import (
    facts,
    notes,
    pages,
    pipblock,
    published,
    releasepage,
    releaseruns,
    render,
    search,
)

ALL_DEFAULTS_PAGE = "defaults.md"
ALL_DEFAULTS = "<!-- all-defaults -->"
CHANGES_PAGE = "keras3.md"
KERAS3_CHANGES = "<!-- keras3-changes -->"


class SitePlugin(BasePlugin):
    def __init__(self):
        self.releases: Dict[str, Dict[str, object]] = {}
        self.entries: List[model.ApiEntry] = []  # the whole API (none without data/api)
        self.by_name: Dict[str, model.ApiEntry] = {}  # by path and alias
        self.by_id: Dict[str, model.ApiEntry] = {}
        self.groups: Dict[str, List[model.ApiEntry]] = {}
        self.notes: List[model.Argument] = []  # the notes' arguments, in page order
        self.notes_only: List[Tuple[model.ApiEntry, model.Argument]] = []  # searchtags.notes_only
        self.notes_pages: Dict[str, str] = {}  # src path -> Markdown, tables rendered
        self.urls: Dict[str, str] = {}  # src path -> URL from the site root
        # (API, argument) -> the releases of its changes (search finds an
        # argument by them: ``Adam lr 2.11``)
        self.changed_in: Dict[Tuple[str, str], List[str]] = {}
        self.history: Dict[str, object] = summary.EMPTY  # history.json, on_config
        self.release_changes: List[changes.ReleaseChanges] = []  # of self.history
        self.facts: Dict[str, str] = {}  # packaging fact -> its text, on_config
        self.release_runs: Dict[str, str] = {}  # snippet -> its line across releases

    def url_of(self, src_path: str) -> str:
        return self.urls[src_path]

    # Default priority (0) unless said: the order among other plugins
    # does not matter for config, files, page content or post page (none
    # of theirs reads what these add).
    def on_config(self, config):
        root = Path(config["config_file_path"]).parent
        self.releases = {r: extract.load(r, root) for r in model.RELEASES}
        self.history = summary.load(root / summary.FILE)
        self.release_runs = releaseruns.lines(root)  # data/history/snippets/, read once
        try:
            self.facts = packaging_facts.facts(packaging_data.entries(root))
        except ValueError as exc:
            raise PluginError(str(exc)) from None
        try:
            documented = notes.documented(Path(config["docs_dir"]))
        except argtables.TableError as exc:
            raise PluginError(str(exc)) from None
        self.entries = pairing.build(self.releases, documented, docstrings.descriptions)
        self.release_changes = changes.release_changes(self.history)
        self.changed_in = changes.changed_in(self.release_changes)
        # Notes entries of an argument no API entry has (to_categorical's x),
        # tagged for search as the others are.
        self.notes_only = searchtags.notes_only(self.entries, documented)
        self.by_name = {name: e for e in self.entries for name in [e.path] + e.aliases}
        self.by_id = {e.id: e for e in self.entries}
        self.groups = {}
        for entry in self.entries:
            self.groups.setdefault(entry.page, []).append(entry)
        if self.entries:
            pages.add_to_nav(config.get("nav"), self.groups)
        return config

    def on_files(self, files, config):
        self.notes, self.notes_pages = [], {}
        has_variant = self._has_variant(config)
        problems = []
        for file in files.documentation_pages():
            source = Path(file.abs_src_path).read_text(encoding="utf-8")
            where = os.path.relpath(file.abs_src_path, os.path.dirname(config["config_file_path"]))
            problems += includes.tab_problems(where, source.splitlines(), has_variant)
            if "<!-- args:" in source:
                self.notes_pages[file.src_path] = self._with_tables(source, file.src_path)
        if problems:
            raise PluginError("\n".join(problems))
        if self.entries:
            files.append(File.generated(config, pages.INDEX, content=pages.index_page(self.entries, self.groups)))
            versions = {r: d["tensorflow"] for r, d in self.releases.items()}
            for slug, entries in self.groups.items():
                files.append(File.generated(config, "%s/%s.md" % (groups.FOLDER, slug),
                                            content=pages.group_page(slug, entries, versions,
                                                                     self.history["releases"])))
        for file in releasepage.files(config, self.history, self.release_changes):  # history.json, "Release by release"
            files.append(file)
        self.urls = {f.src_uri: f.url for f in files}
        versions = {r: d["tensorflow"] for r, d in self.releases.items()}
        files.append(File.generated(config, "defaults.json", content=published.defaults_json(
            versions, self.notes, self.entries, self.url_of, config.get("site_url") or "")))
        if self.entries:
            files.append(File.generated(config, published.ALL_JSON,
                                        content=published.all_rows(self.entries, self.url_of)))
        return files

    def _with_tables(self, markdown: str, src_path: str) -> str:
        """A page's Markdown with its argument tables rendered (in page
        order, so are the notes' arguments; spliced in from the end)."""
        try:
            tables = argtables.parse(Path("docs") / src_path, markdown)
            done = []
            for table in tables:
                args = notes.arguments(table, self.releases, src_path)
                self.notes += args
                entry = self.by_name[table.api]
                done.append((table, notes.markdown_table(
                    entry, args, lambda arg, entry=entry: self._history_of(entry, arg))))
        except (argtables.TableError, notes.NotesError) as exc:
            raise PluginError(str(exc)) from None
        lines = markdown.splitlines()
        for table, rendered in reversed(done):
            lines[table.line - 1 : table.end] = rendered
        return "\n".join(lines) + "\n"

    def _history_of(self, entry: model.ApiEntry, arg: model.Argument):
        return summary.of(self.history, entry.path, arg.name, entry.counterpart["path"], arg.new_name)

    @staticmethod
    def _has_variant(config):
        root = Path(config["config_file_path"]).parent
        return lambda name: snippet.Snippet(root, name).has_variant

    @staticmethod
    def _figures_of(config):
        """``name -> [(figure path relative to docs/, alt text)]`` of the
        figures the harness drew for each snippet."""
        root = Path(config["config_file_path"]).parent
        docs = root / "docs"

        def figures_of(name):
            from tfnotes.harness.figures import committed_alt

            return [(str(p.relative_to(docs)), committed_alt(p.read_text(encoding="utf-8")))
                    for p in snippet.Snippet(root, name).figures()]

        return figures_of

    # Before Markdown, so pymdownx.snippets reads the tabs' includes and
    # the tables render as Markdown (any priority: a markdown extension
    # always runs after this event).
    def on_page_markdown(self, markdown, page, config, files):
        src_path = page.file.src_path
        markdown = self.notes_pages.get(src_path, markdown)
        markdown = includes.with_keras3_tabs(markdown, self._has_variant(config))
        markdown = includes.with_figures(markdown, src_path, self._figures_of(config))
        try:
            markdown = pipblock.with_pip_lines(markdown, Path(config["config_file_path"]).parent, "docs/" + src_path)
        except piplines.PipLineError as exc:
            raise PluginError(str(exc)) from None
        markdown = releaseruns.with_lines(markdown, self.release_runs)
        if KERAS3_CHANGES in markdown:
            root = Path(config["config_file_path"]).parent
            snippets = root / "snippets"
            markdown = markdown.replace(KERAS3_CHANGES, pages.notes_changes(
                self.notes, src_path, variants.variants(snippets), len(variants.bases(snippets)),
                includes.pages_by_snippet(root / "docs")))
        markdown = claims_page.fill(markdown, Path(config["config_file_path"]).parent)
        try:
            markdown = facts.fill(markdown, src_path, self.facts,
                                  lambda: Path(page.file.abs_src_path).read_text(encoding="utf-8"))
        except facts.FactMarkerError as exc:
            raise PluginError(str(exc)) from None
        if self.entries and src_path == CHANGES_PAGE:
            markdown += "\n" + pages.whole_api_changes(
                self.entries, self.releases[model.NEW]["apis"], page.url, self.url_of)
        return markdown

    def on_page_content(self, html_text, page, config, files):
        html_text = releaseruns.fill(html_text, self.release_runs)
        if not self.entries or not page.file.src_path.startswith(groups.FOLDER + "/"):
            return html_text

        def table(match):
            entry = self.by_id[match.group(1)]
            return render.api_table(entry, lambda arg: pages.relative(
                pages.entry_url(entry, arg, self.url_of), page.url),
                lambda arg: self._history_of(entry, arg))

        return pages.PLACEHOLDER_RE.sub(table, html_text)

    def on_post_page(self, output, page, config):
        if page.file.src_path != ALL_DEFAULTS_PAGE:
            return output
        output = output.replace(ALL_DEFAULTS, pages.all_defaults_table(
            self.notes, page.url, self.url_of, self.history["releases"],
            lambda api: self.by_name[api].counterpart["path"] if api in self.by_name else None))
        if self.entries:
            section = pages.whole_api_section(self.entries, page.url, self.url_of, published.ALL_JSON)
            output = output.replace("</article>", section + "</article>", 1)
        return output

    @event_priority(-50)  # after material's search plugin writes the index (0),
    def on_post_build(self, config):  # before its offline plugin inlines it (-100)
        path = Path(config["site_dir"], "search", "search_index.json")
        if not path.exists():
            return
        index = json.loads(path.read_text(encoding="utf-8"))
        index["config"] = search.config(index["config"])
        index["docs"] = search.index(index["docs"], self.entries, self.notes, self.url_of,
                                     self.notes_only, self.changed_in)
        path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
