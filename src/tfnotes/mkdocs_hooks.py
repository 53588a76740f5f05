"""mkdocs hooks: Keras 3 tabs, argument tables with verified defaults, and
``defaults.json``.

A page includes each snippet once, in a Python fence of its own; where the
snippet has a Keras 3 variant, this hook turns the fence into two linked
content tabs, ``TF 2.4`` and ``Keras 3`` (:func:`tfnotes.includes.with_keras3_tabs`),
before pymdownx.snippets reads the includes. A page that writes a variant
include or the tabs itself fails the build, naming its line.

Pages write argument tables with names and descriptions only (see
:mod:`tfnotes.argtables`). At build time this hook adds the default of
each argument in TF 2.4 and in Keras 3, read from the generated
``data/defaults/*.json`` (see :mod:`tfnotes.defaults`), and makes every
argument an addressable, searchable entry: its name is a small heading with
the id ``<api>-<argument>`` (``fit-validation_split``), so the site search
lists it as its own result, default included.

The same data feeds the "All defaults" page and ``site/defaults.json``.
"""

import html
import importlib
import json
import os
import re
import sys
from pathlib import Path
from typing import Dict, List, Optional

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

# mkdocs serve re-reads this file on every rebuild, but not the modules it
# imports: reload them (dependencies first) so an edit to any takes effect.
for _name in ("tfnotes.snippet", "tfnotes.harness.outputs", "tfnotes.harness.figures",
              "tfnotes.includes", "tfnotes.variants", "tfnotes.argtables", "tfnotes.defaults"):
    if _name in sys.modules:
        importlib.reload(sys.modules[_name])

from tfnotes import argtables, defaults, includes, snippet, variants  # noqa: E402

ALL_DEFAULTS = "<!-- all-defaults -->"
KERAS3_CHANGES = "<!-- keras3-changes -->"
# The verified data of the current build, filled by on_files.
_entries: List[Dict[str, object]] = []
_pages: Dict[str, str] = {}


def _by_name(params) -> Dict[str, Optional[str]]:
    return {p["name"]: p["default"] for p in params or []}


def status(name: str, tf24: Dict[str, Optional[str]], k3: Optional[Dict[str, Optional[str]]]) -> str:
    """How an argument fared from TF 2.4 to Keras 3."""
    if k3 is None:
        return "same"  # no Keras 3 data in this build
    if name not in tf24:
        return "added"
    if name not in k3:
        return "removed"
    return "same" if tf24[name] == k3[name] else "changed"


def _search_hint(name: str, tf24, k3, state: str) -> str:
    """The default again, inside the heading, so a search result's title
    shows it; hidden in the table, where its own column shows it."""
    value = tf24.get(name)
    if state == "added":
        value = k3.get(name)
    if value is None:
        return ""
    text = " (required)" if value == defaults.REQUIRED else " = " + value
    if state == "changed":
        text += ", Keras 3: %s" % k3[name]
    elif state in ("added", "removed"):
        text += " (%s in Keras 3)" % state
    return '<span class="tfn-default">%s</span>' % html.escape(text)


def _keras3_cell(state: str, name: str, k3) -> str:
    if state == "removed":
        return '<span class="tfn-removed">removed</span>'
    value = _plain(k3.get(name)) if k3 is not None else ""
    if state == "changed":
        return value + ' <span class="tfn-changed">changed</span>'
    if state == "added":
        return value + ' <span class="tfn-added">new</span>'
    return value


def render(table: argtables.ArgTable, data24, data3, page: str = "") -> List[str]:
    """The Markdown lines that replace one source table; records its
    arguments in the build's list of entries."""
    where = "%s:%d" % (table.page, table.line)
    if table.api not in data24["apis"] or data24["apis"][table.api] is None:
        raise PluginError(
            "%s: no TF 2.4 defaults for %s in data/defaults/tf24.json; "
            "run './tfn update'" % (where, table.api)
        )
    tf24 = _by_name(data24["apis"][table.api])
    k3 = None
    if data3["apis"]:
        if table.api not in data3["apis"]:
            raise PluginError(
                "%s: no Keras 3 defaults for %s in data/defaults/keras3.json; "
                "run './tfn update'" % (where, table.api)
            )
        k3 = _by_name(data3["apis"][table.api])
    header = "| Argument | TF 2.4 default |%s Description |" % (
        " Keras 3 |" if k3 is not None else "")
    lines = [header, "| --- | --- |%s --- |" % (" --- |" if k3 is not None else "")]
    for row in table.rows:
        if row.name not in tf24 and (k3 is None or row.name not in k3):
            raise PluginError(
                "%s:%d: %s has no argument %r" % (table.page, row.line, table.api, row.name)
            )
        state = status(row.name, tf24, k3)
        anchor = table.anchor(row.name)
        name = '<h4 class="tfn-arg" id="%s"><code>%s</code>%s</h4>' % (
            anchor, html.escape(row.name), _search_hint(row.name, tf24, k3, state))
        default24 = _plain(tf24[row.name]) if row.name in tf24 else '<span class="tfn-added">not in 2.4</span>'
        cells = [name, default24]
        if k3 is not None:
            cells.append(_keras3_cell(state, row.name, k3))
        cells.append(row.description)
        lines.append("| " + " | ".join(cells) + " |")
        _entries.append({
            "api": table.api,
            "argument": row.name,
            "anchor": anchor,
            "tf24": tf24.get(row.name),
            "keras3": None if k3 is None else k3.get(row.name),
            "status": state,
            "description": row.description,
            "page": page,
        })
    return lines


def on_config(config):
    root = Path(config["config_file_path"]).parent
    config["extra"]["tfnotes_defaults"] = {
        "tf24": defaults.load("tf24", root),
        "keras3": defaults.load("keras3", root),
    }
    return config


def _rendered(markdown: str, src_path: str, config) -> str:
    data = config["extra"]["tfnotes_defaults"]
    try:
        tables = argtables.parse(Path("docs") / src_path, markdown)
    except argtables.TableError as exc:
        raise PluginError(str(exc)) from None
    lines = markdown.splitlines()
    # Rendered in page order (so are the entries), spliced in from the end.
    done = [(table, render(table, data["tf24"], data["keras3"], src_path)) for table in tables]
    for table, rendered in reversed(done):
        lines[table.line - 1 : table.end] = rendered
    return "\n".join(lines) + "\n"


def on_files(files, config):
    """Render every table once, up front, so that ``defaults.json`` and the
    All defaults page know every argument before any page is built; and
    check every page's includes for the Keras 3 tabs (lines of the source
    as written, so messages point at them)."""
    _entries.clear()
    _pages.clear()
    has_variant = _has_variant(config)
    problems = []
    for file in files.documentation_pages():
        source = Path(file.abs_src_path).read_text(encoding="utf-8")
        where = os.path.relpath(file.abs_src_path, os.path.dirname(config["config_file_path"]))
        problems += includes.tab_problems(where, source.splitlines(), has_variant)
        if "<!-- args:" in source:
            _pages[file.src_path] = _rendered(source, file.src_path, config)
    if problems:
        raise PluginError("\n".join(problems))
    files.append(File.generated(config, "defaults.json", content=_published(config)))
    return files


def _has_variant(config):
    root = Path(config["config_file_path"]).parent
    return lambda name: snippet.Snippet(root, name).has_variant


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


def on_page_markdown(markdown, page, config, files):
    markdown = _pages.get(page.file.src_path, markdown)
    markdown = includes.with_keras3_tabs(markdown, _has_variant(config))
    markdown = includes.with_figures(markdown, page.file.src_path, _figures_of(config))
    if KERAS3_CHANGES in markdown:
        root = Path(config["config_file_path"]).parent
        markdown = markdown.replace(KERAS3_CHANGES, keras3_changes(root, page.file.src_path))
    return markdown


def _sorted_entries() -> List[Dict[str, object]]:
    """The build's arguments by API, then name (``**kwargs`` as ``kwargs``)."""
    return sorted(_entries, key=lambda e: (e["api"], e["argument"].lstrip("*")))


def _link_from(page_src: str, target_src: str, anchor: str = "") -> str:
    """A relative .md link from one page to another (mkdocs checks it)."""
    depth = page_src.count("/")
    return "../" * depth + target_src + ("#" + anchor if anchor else "")


def keras3_changes(root: Path, page_src: str) -> str:
    """The Markdown of the "What changed since 2.4" page, from verified data:
    the defaults of both worlds and the Keras 3 variants of snippets."""
    out = []

    def table(title, intro, rows, header):
        out.append("## %s\n\n%s\n" % (title, intro))
        if not rows:
            out.append("None.\n")
            return
        out.append("| " + " | ".join(header) + " |")
        out.append("|" + " --- |" * len(header))
        out.extend("| " + " | ".join(r) + " |" for r in rows)
        out.append("")

    def arg(e):
        return "[`%s`](%s)" % (e["argument"], _link_from(page_src, e["page"], e["anchor"]))

    by_status = {}
    for e in _sorted_entries():
        by_status.setdefault(e["status"], []).append(e)
    table("Defaults that changed", "Same argument, another default.",
          [["`%s`" % e["api"], arg(e), _plain(e["tf24"]), _plain(e["keras3"])]
           for e in by_status.get("changed", [])],
          ["API", "Argument", "TF 2.4", "Keras 3"])
    table("Arguments removed", "Accepted by TF 2.4, gone from the Keras 3 signature.",
          [["`%s`" % e["api"], arg(e), _plain(e["tf24"])] for e in by_status.get("removed", [])],
          ["API", "Argument", "TF 2.4 default"])
    table("Arguments added", "New in the Keras 3 signature.",
          [["`%s`" % e["api"], arg(e), _plain(e["keras3"])] for e in by_status.get("added", [])],
          ["API", "Argument", "Keras 3 default"])

    snippets = root / "snippets"
    shown = includes.pages_by_snippet(root / "docs")
    found = variants.variants(snippets)
    total = len(variants.bases(snippets))
    rows = []
    for v in found:
        pages = shown.get(v.name, [])
        where = ", ".join(
            "[%s](%s)" % (p[len("docs/"):-3], _link_from(page_src, p[len("docs/"):])) for p in pages)
        rows.append(["`%s`" % v.base, where or "(not shown)", html.escape(v.why or "")])
    table("Snippets that needed a Keras 3 variant",
          "%d of %d snippets; each variant is tested on Keras 3 only and shown in "
          "a *Keras 3* tab next to the original." % (len(found), total),
          rows, ["Snippet", "Shown on", "What changed"])
    out.append("## Snippets that run unchanged\n\n%d of %d snippets run on Keras 3 "
               "as they are, printing the same output (the suite checks it on every "
               "build).\n" % (total - len(found), total))
    return "\n".join(out)


def _all_defaults_table(page_url_of) -> str:
    """The "All defaults" table: one row per argument of every API."""
    has_k3 = any(e["keras3"] is not None or e["status"] != "same" for e in _entries)
    head = "<tr><th>API</th><th>Argument</th><th>TF 2.4 default</th>%s</tr>" % (
        "<th>Keras 3</th>" if has_k3 else "")
    rows = []
    for e in _sorted_entries():
        href = "%s#%s" % (page_url_of(e["page"]), e["anchor"])
        cells = [
            "<code>%s</code>" % html.escape(e["api"]),
            '<a href="%s"><code>%s</code></a>' % (html.escape(href), html.escape(e["argument"])),
            _plain(e["tf24"]),
        ]
        if has_k3:
            cells.append(_plain(e["keras3"]) + ("" if e["status"] == "same" else " (%s)" % e["status"]))
        rows.append("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in cells))
    return (
        '<input class="md-input tfn-filter" type="search" '
        'placeholder="Filter by API or argument" aria-label="Filter defaults" '
        'data-tfn-filter="tfn-all-defaults">\n'
        '<table id="tfn-all-defaults"><thead>%s</thead><tbody>\n%s\n</tbody></table>'
        % (head, "\n".join(rows))
    )


def _plain(value: Optional[str]) -> str:
    """A default as HTML (valid in Markdown tables and raw HTML alike)."""
    if value is None:
        return "&mdash;"
    if value == defaults.REQUIRED:
        return "<em>required</em>"
    return "<code>%s</code>" % html.escape(value)


def on_post_page(output, page, config):
    if ALL_DEFAULTS not in output:
        return output

    def url_of(src_path: str) -> str:
        # Relative to the All defaults page itself (works under file:// too).
        return "../" * page.url.count("/") + _page_url(src_path, config["use_directory_urls"])

    return output.replace(ALL_DEFAULTS, _all_defaults_table(url_of))


def _published(config) -> str:
    """The content of ``defaults.json``: every argument, for tools."""
    data = config["extra"]["tfnotes_defaults"]
    published = {
        "tensorflow": {"tf24": data["tf24"]["tensorflow"], "keras3": data["keras3"]["tensorflow"]},
        "arguments": [
            dict(e, url=(config.get("site_url") or "") + _page_url(e["page"], config["use_directory_urls"])
                 + "#" + e["anchor"])
            for e in _entries
        ],
    }
    return json.dumps(published, indent=1, sort_keys=True) + "\n"


def _page_url(src_path: str, use_directory_urls: bool = True) -> str:
    """The URL of a page relative to the site root."""
    target = src_path[:-3]
    if not use_directory_urls:
        return target + ".html"
    if target == "index" or target.endswith("/index"):
        return target[: -len("index")]
    return target + "/"


# Index entries of generated reference sections (see on_post_build).
UNSEARCHED = re.compile(r"contributing/#tfnotes[.-]")


@event_priority(-50)  # after material's search plugin writes the index (0),
def on_post_build(config):  # before its offline plugin inlines it (-100)
    """Tag each argument's search entry with the argument's name.

    Material's search weighs a document's ``tags`` far above its title, so
    typing ``validation_split`` lists the argument's own entry first, ahead
    of prose sections that merely mention it.

    Search completes the last word typed, and a rarer completion outweighs
    the word itself: ``learning_rate`` would list ``learning_rate_power``
    first. So a name that another documented name extends gets a second,
    unique tag that completes it too (``learning_rate__adam``), which keeps
    its own entries ahead. (Tags are not shown in results: extra.css.)

    The contributing page's generated reference (the harness API that
    mkdocstrings renders, ids ``tfnotes.*``, and the benchmark table) is
    left out of the index: no reader searches for it, and every page
    loads the index.
    """
    path = Path(config["site_dir"], "search", "search_index.json")
    if not path.exists():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    index["docs"] = [d for d in index["docs"] if not UNSEARCHED.match(d["location"])]
    anchors = {"%s#%s" % (_page_url(e["page"], config["use_directory_urls"]), e["anchor"]): e
               for e in _entries}
    names = {e["argument"] for e in _entries}
    extended = {m for m in names if any(n != m and n.startswith(m) for n in names)}
    for doc in index["docs"]:
        entry = anchors.get(doc["location"])
        if entry:
            argument = entry["argument"]
            doc["tags"] = [argument]
            if argument in extended:
                doc["tags"].append("%s__%s" % (argument, entry["anchor"].split("-", 1)[0]))
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
