"""mkdocs hooks: the generated "API defaults" pages, one entry per argument.

Nothing here is committed Markdown. At build time, from the committed
``data/api/tf24.json`` and ``data/api/keras3.json`` (read from both
libraries by ``python -m tfnotes.api``), this hook

- adds an "API defaults" section to the nav, one page per group of
  :data:`tfnotes.api.groups.PAGES` (layers by kind, losses, metrics, ...);
- writes each page: a heading per API, and a table with one row per
  argument whose name is a small heading with its own id
  (``#conv2d-padding``) and a search title naming the API and both
  defaults (``Conv2D · padding = 'valid' · Keras 3: 'valid'``). An
  argument that a notes page already documents links to that entry
  instead, so search lists it once;
- tags each entry in the search index with the argument's and the API's
  names, so typing ``padding`` or ``Conv2D padding`` lists it first
  (:mod:`tfnotes.api.searchtags`), and keeps the entries' indexed text
  short.

The tables are put in after Markdown (:func:`on_page_content`): thousands
of rows of raw HTML would only slow the Markdown pass down.
"""

import html
import json
import re
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from tfnotes import argtables
from tfnotes.api import docstrings, extract, groups, model, searchtags

NAV_TITLE = "API defaults"
NAV_BEFORE = "All defaults"
_PLACEHOLDER = "<!-- tfn-api-table:%s -->"
_PLACEHOLDER_RE = re.compile(r"(?:<p>)?<!-- tfn-api-table:([\w-]+) -->(?:</p>)?")

# Material multiplies a document's score by its boost: among APIs that
# share a name, the one that keeps the bare name (``Conv2D`` over
# ``backend.conv2d``) wins a tie, while typing the module
# (``backend.conv2d padding``) still tips it the other way.
SECONDARY_BOOST = 0.99  # also backend's functions, so ``padding`` lists a layer's first
# An API named like its argument (``L2 l2``) wins the tie with another
# API's argument of that name.
SAME_NAME_BOOST = 1.01
# The state of the current build, filled by on_config.
_state: Dict[str, object] = {}


def _notes(docs: Path) -> Dict[Tuple[str, str], Tuple[str, str]]:
    """``{(API, argument): (page src path, anchor)}`` of the notes' tables."""
    out = {}
    for table in argtables.tables(docs):
        page = table.page.relative_to(docs).as_posix()
        for row in table.rows:
            out[(table.api, row.name)] = (page, table.anchor(row.name))
    return out


def on_config(config):
    root = Path(config["config_file_path"]).parent
    data24, data3 = extract.load("tf24", root), extract.load("keras3", root)
    notes = _notes(Path(config["docs_dir"]))
    entries = model.build(data24, data3, notes, docstrings.descriptions)
    _state.clear()
    if not entries:  # a project without data/api (the meta-tests' small ones)
        return config
    pages: Dict[str, List[model.ApiEntry]] = {}
    for entry in entries:
        pages.setdefault(entry.page, []).append(entry)
    _state.update(data24=data24, data3=data3, entries=entries, pages=pages,
                  by_id={e.id: e for e in entries}, notes=notes)
    section = [{"Overview": "%s/index.md" % groups.FOLDER}] + [
        {title: "%s/%s.md" % (groups.FOLDER, slug)}
        for slug, title in groups.PAGES.items() if pages.get(slug)]
    nav = config.get("nav")
    if nav is not None and not any(isinstance(i, dict) and NAV_TITLE in i for i in nav):
        at = next((n for n, item in enumerate(nav) if isinstance(item, dict) and NAV_BEFORE in item),
                  len(nav))
        nav.insert(at, {NAV_TITLE: section})
    return config


def _md_code(text: str) -> str:
    return "`%s`" % text


def _page_markdown(slug: str, entries: List[model.ApiEntry]) -> str:
    data24, data3 = _state["data24"], _state["data3"]
    lines = [
        "# %s" % groups.PAGES[slug], "",
        "Every argument of every TF 2.4 API of this group, with its default in "
        "TensorFlow %s and in Keras 3 (TensorFlow %s), read from both libraries "
        "and checked on every build. Descriptions are the library's own docstrings."
        % (data24["tensorflow"], data3["tensorflow"] or "not read"), "",
    ]
    for entry in entries:
        found = entry.counterpart
        about = [_md_code(entry.path), entry.kind]
        if entry.aliases:
            about.append("also " + ", ".join(_md_code(a) for a in entry.aliases))
        about.append("[TF 2.4 docs](%s)" % model.docs_url(entry.path, model.TF24_DOCS))
        if found["keras3"]:
            moved = "" if found["keras3"] == entry.path else " (moved: %s)" % _md_code(found["keras3"])
            about.append("Keras 3: [same API](%s)%s" % (
                model.docs_url(found["keras3"], model.KERAS3_DOCS), moved))
        else:
            about.append("Keras 3: removed" + (
                ", use %s" % _md_code(found["replacement"]) if found["replacement"] else ""))
        # The heading is no search result of its own (the arguments are, and
        # they carry the API's name): 600 fewer documents to search.
        lines += ["## %s { #%s data-search-exclude }" % (entry.title, entry.id), "",
                  " · ".join(about), ""]
        if entry.error:
            lines += ["No signature: %s" % entry.error, ""]
        lines += [_PLACEHOLDER % entry.id, ""]
    return "\n".join(lines)


def _index_markdown() -> str:
    entries = _state["entries"]
    pages = _state["pages"]
    n_args = sum(len([a for a in e.arguments if a.in_tf24]) for e in entries)
    lines = [
        "# API defaults", "",
        "Every public class and function of TF 2.4's `tf.keras` (%d APIs, aliases "
        "folded, `tf.keras.backend` and the methods of `Model` and `Sequential` "
        "included) with every argument (%d), its default in TF 2.4 and what became "
        "of it in Keras 3. Found by walking both libraries, not from a hand list; "
        "search any argument by name, or by API and name (`Conv2D padding`)."
        % (len(entries), n_args), "",
        "| Page | APIs | Arguments |", "| --- | --- | --- |",
    ]
    for slug, title in groups.PAGES.items():
        if pages.get(slug):
            lines.append("| [%s](%s.md) | %d | %d |" % (
                title, slug, len(pages[slug]), sum(len(e.arguments) for e in pages[slug])))
    return "\n".join(lines) + "\n"


def on_files(files, config):
    if not _state:
        return files
    files.append(File.generated(config, "%s/index.md" % groups.FOLDER, content=_index_markdown()))
    for slug, entries in _state["pages"].items():
        if entries:
            files.append(File.generated(config, "%s/%s.md" % (groups.FOLDER, slug),
                                        content=_page_markdown(slug, entries)))
    files.append(File.generated(config, ALL_JSON, content=_all_rows(config["use_directory_urls"])))
    return files


_LONG = ' style="white-space: normal; word-break: break-all"'  # extra.css keeps code whole


def _code(value: str) -> str:
    return "<code%s>%s</code>" % (_LONG if len(value) > 24 else "", html.escape(value))


def _value(value: Optional[str], present: bool = True) -> str:
    if not present:
        return '<span class="tfn-added">not in 2.4</span>'
    if value is None:
        return "&mdash;"
    if value == model.REQUIRED:
        return "<em>required</em>"
    return _code(value)


def _keras3_cell(entry: model.ApiEntry, arg: model.Argument) -> str:
    if entry.counterpart["keras3"] is None:
        return '<span class="tfn-removed">API removed</span>'
    if arg.status == "removed":
        return '<span class="tfn-removed">removed</span>'
    plain = arg.extra and (arg.keras3 or "").startswith(("accepted", "not tried"))
    cell = html.escape(arg.keras3) if plain else _value(arg.keras3)
    if arg.keras3_name and arg.keras3_name != arg.name:
        cell = "<code>%s</code> = %s" % (html.escape(arg.keras3_name), cell)
    if arg.status == "changed":
        cell += ' <span class="tfn-changed">changed</span>'
    elif arg.status == "added":
        cell += ' <span class="tfn-added">new</span>'
    return cell


def _link(page_url: str, target_src: str, anchor: str, use_directory_urls: bool) -> str:
    """A relative URL from a generated page to a notes page's entry."""
    from tfnotes.mkdocs_hooks import _page_url

    return "../" * page_url.count("/") + _page_url(target_src, use_directory_urls) + "#" + anchor


def _described(text: str) -> str:
    """A docstring's words as HTML, its ``code`` spans kept."""
    parts = re.split(r"`([^`]+)`", text)
    return "".join(html.escape(p) if n % 2 == 0 else "<code>%s</code>" % html.escape(p)
                   for n, p in enumerate(parts))


def _gets(value: Optional[str]) -> str:
    if not value:
        return ""
    return "<br><small>gets %s</small>" % _code(value)


def _tf24_cell(arg: model.Argument) -> str:
    if not arg.extra:
        return _value(arg.tf24, arg.in_tf24) + _gets(arg.resolved24)
    cell = "left out: " + _code(arg.tf24) if arg.tf24 else "not set"
    said = arg.accepted.split(":", 1)[0]
    if said:
        cell += ' <span class="tfn-%s">%s</span>' % (
            "added" if said == "accepted" else "removed", html.escape(said))
    return cell + _gets(arg.resolved24)


def _table(entry: model.ApiEntry, page_url: str, use_directory_urls: bool) -> str:
    rows = []
    for arg in entry.arguments:
        name = "<code>%s</code>" % html.escape(arg.name)
        badge = ' <span class="tfn-added">**kwargs</span>' if arg.extra else ""
        if arg.notes:
            first = '<a href="%s" title="documented in the notes">%s</a>' % (
                html.escape(_link(page_url, arg.notes[0], arg.notes[1], use_directory_urls)), name) + badge
        elif model.searchable(entry, arg):
            title = model.title(entry, arg)
            head, rest = title.split(" · ", 1)
            after = rest[len(arg.name):]
            first = ('<h4 class="tfn-arg" id="%s"><span class="tfn-default">%s · </span>%s'
                     '<span class="tfn-default">%s</span></h4>' % (
                         arg.anchor, html.escape(head), name, html.escape(after))) + badge
        else:
            first = '<span id="%s">%s</span>%s' % (arg.anchor, name, badge)
        cells = [first, _tf24_cell(arg), _keras3_cell(entry, arg) + _gets(arg.resolved3),
                 _described(arg.description)]
        rows.append("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in cells))
    if not rows:
        return "<p>No arguments.</p>"
    # No class on the table: material styles only tables without one.
    return ('<div class="md-typeset__scrollwrap"><div class="md-typeset__table"><table><thead><tr>'
            "<th>Argument</th><th>TF 2.4 default</th><th>Keras 3</th>"
            # The defaults' cells do not wrap (extra.css): keep room for the words.
            "<th style=\"min-width: 20em\">Description (the library's docstring)</th></tr></thead><tbody>%s"
            "</tbody></table></div></div>" % "".join(rows))


def on_page_content(html_text, page, config, files):
    if not _state or not page.file.src_path.startswith(groups.FOLDER + "/"):
        return html_text
    by_id = _state["by_id"]

    def table(match):
        return _table(by_id[match.group(1)], page.url, config["use_directory_urls"])

    return _PLACEHOLDER_RE.sub(table, html_text)


@event_priority(-60)  # after mkdocs_hooks (-50), before material's offline plugin (-100)
def on_post_build(config):
    """Tag and weigh the argument entries of the search index (the tags:
    :mod:`tfnotes.api.searchtags`). Among APIs that share a name, the one
    that keeps the bare name wins a tie (:data:`SECONDARY_BOOST`). The
    generated entries' text (their table row) is left out of the index:
    the title says what the row says."""
    path = Path(config["site_dir"], "search", "search_index.json")
    if not path.exists() or not _state:
        return
    from tfnotes.mkdocs_hooks import _page_url

    index = json.loads(path.read_text(encoding="utf-8"))
    duc = config["use_directory_urls"]
    generated: Dict[str, Tuple[model.ApiEntry, model.Argument]] = {}
    notes: Dict[str, Tuple[model.ApiEntry, model.Argument]] = {}
    for entry in _state["entries"]:
        url = _page_url("%s/%s.md" % (groups.FOLDER, entry.page), duc)
        for arg in entry.arguments:
            if arg.notes:
                notes["%s#%s" % (_page_url(arg.notes[0], duc), arg.notes[1])] = (entry, arg)
            elif model.searchable(entry, arg):
                generated["%s#%s" % (url, arg.anchor)] = (entry, arg)
    notes_only = searchtags.notes_only(_state["entries"], _state["notes"])
    for entry, arg in notes_only:  # to_categorical(x): Keras 3's name of TF 2.4's y
        notes["%s#%s" % (_page_url(arg.notes[0], duc), arg.notes[1])] = (entry, arg)
    tagger = searchtags.Tagger(_state["entries"], notes_only)
    for doc in index["docs"]:
        location = doc["location"]
        found = generated.get(location) or notes.get(location)
        if found is None:
            if location.startswith(groups.FOLDER + "/"):
                doc["text"] = ""  # an API's heading: its title says what it is
            continue
        entry, arg = found
        doc["tags"] = tagger.tags(entry, arg, location in notes)
        doc.pop("boost", None)
        if location not in notes:
            if entry.secondary or entry.path.startswith("tf.keras.backend."):
                doc["boost"] = SECONDARY_BOOST
            elif searchtags.api_word(entry) == arg.name.lstrip("*"):
                doc["boost"] = SAME_NAME_BOOST
            doc["text"] = ""
            doc["title"] = re.sub(r"</?code>", "", doc["title"])
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")
    _publish(Path(config["site_dir"], "defaults.json"), duc)


def published(use_directory_urls: bool = True) -> List[Dict[str, object]]:
    """Every argument of the whole API, for ``defaults.json``: where its
    entry is (``url``, relative to the site root) and what it shows."""
    from tfnotes.mkdocs_hooks import _page_url

    out = []
    for entry in _state["entries"]:
        url = _page_url("%s/%s.md" % (groups.FOLDER, entry.page), use_directory_urls)
        for arg in entry.arguments:
            where = ("%s#%s" % (_page_url(arg.notes[0], use_directory_urls), arg.notes[1])
                     if arg.notes else "%s#%s" % (url, arg.anchor))
            out.append({
                "api": entry.path, "title": entry.title, "query": entry.query, "argument": arg.name,
                "tf24": arg.tf24, "in_tf24": arg.in_tf24, "keras3": arg.keras3,
                "keras3_name": arg.keras3_name, "keras3_api": entry.counterpart["keras3"],
                "status": arg.status, "url": where, "notes": bool(arg.notes),
                "extra": arg.extra, "search": bool(arg.notes) or model.searchable(entry, arg),
                "search_title": model.title(entry, arg) if model.searchable(entry, arg) else None,
            })
    return out


def _publish(path: Path, use_directory_urls: bool) -> None:
    """Add the whole API to ``defaults.json`` (its ``arguments`` stay the
    notes' entries) under ``api``."""
    if not path.exists():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    data["api"] = published(use_directory_urls)
    data["tensorflow"].setdefault("tf24", _state["data24"]["tensorflow"])
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


# --- "All defaults" and "What changed since 2.4": the whole API too ----------

ALL_DEFAULTS_PAGE = "defaults.md"
CHANGES_PAGE = "keras3.md"
ALL_JSON = "%s/all.json" % groups.FOLDER
_ALL_SCRIPT = """
<script>
/* The whole API's rows load when the reader first types (not at page load:
   thousands of rows would weigh on every visit); at most 200 are shown. */
(function () {
  var box = document.getElementById("tfn-api-filter"), body = document.getElementById("tfn-api-rows");
  var note = document.getElementById("tfn-api-note"), rows = null, base = box.dataset.base;
  function cell(text) { var td = document.createElement("td"); td.textContent = text; return td; }
  function show() {
    var words = box.value.toLowerCase().split(/\\s+/).filter(Boolean), shown = 0, found = 0;
    body.textContent = "";
    if (!words.length) { note.textContent = ""; return; }
    rows.forEach(function (r) {
      var text = (r[0] + " " + r[1]).toLowerCase();
      if (!words.every(function (w) { return text.includes(w); })) return;
      found++;
      if (shown >= 200) return;
      shown++;
      var tr = document.createElement("tr"), a = document.createElement("a"), td = document.createElement("td");
      a.href = base + r[5]; a.textContent = r[1]; td.appendChild(a);
      tr.appendChild(cell(r[0])); tr.appendChild(td); tr.appendChild(cell(r[2])); tr.appendChild(cell(r[3] + (r[4] === "same" ? "" : " (" + r[4] + ")")));
      body.appendChild(tr);
    });
    note.textContent = found + " arguments match" + (found > shown ? ", the first " + shown + " shown" : "");
  }
  box.addEventListener("input", function () {
    if (rows) { show(); return; }
    fetch(base + "%s").then(function (r) { return r.json(); }).then(function (d) { rows = d; show(); });
  });
})();
</script>
""" % ALL_JSON


def _all_rows(use_directory_urls: bool) -> str:
    """``api/all.json``: [API, argument, TF 2.4, Keras 3, status, url] rows."""
    rows = []
    for a in published(use_directory_urls):
        tf24 = ("(not in 2.4)" if not a["in_tf24"] else "(left out) " + (a["tf24"] or "not set")
                if a["extra"] else "—" if a["tf24"] is None else a["tf24"])
        k3 = "—" if a["keras3"] is None else a["keras3"]
        rows.append([a["api"], a["argument"], tf24, k3, a["status"], a["url"]])
    return json.dumps(rows, separators=(",", ":"))


def on_page_markdown(markdown, page, config, files):
    if _state and page.file.src_path == CHANGES_PAGE:
        return markdown + "\n" + _changes_markdown(page.url, config["use_directory_urls"])
    return markdown


def on_post_page(output, page, config):
    if not _state or page.file.src_path != ALL_DEFAULTS_PAGE:
        return output
    from tfnotes.mkdocs_hooks import _page_url

    base = "../" * page.url.count("/")
    n = sum(len(e.arguments) for e in _state["entries"])
    section = (
        '<h2 id="the-whole-api">The whole API</h2>'
        "<p>Every argument of every API of TF 2.4's <code>tf.keras</code> (%d arguments of %d "
        "APIs, those hidden in <code>**kwargs</code> included), as on the "
        '<a href="%s">API defaults</a> pages. Type to filter.</p>'
        '<input class="md-input tfn-filter" type="search" id="tfn-api-filter" data-base="%s" '
        'placeholder="Filter the whole API: API or argument" aria-label="Filter the whole API">'
        '<p id="tfn-api-note"></p><table id="tfn-api-all"><thead><tr><th>API</th><th>Argument</th>'
        "<th>TF 2.4 default</th><th>Keras 3</th></tr></thead><tbody id=\"tfn-api-rows\"></tbody></table>"
        % (n, len(_state["entries"]), base + _page_url("%s/index.md" % groups.FOLDER, config["use_directory_urls"]),
           base)) + _ALL_SCRIPT
    return output.replace("</article>", section + "</article>", 1)


def _changes_markdown(page_url: str, use_directory_urls: bool = True) -> str:
    """The whole API's part of "What changed since 2.4": counts per module,
    moves, removals with replacements, changed defaults."""
    from tfnotes.mkdocs_hooks import _page_url

    entries = _state["entries"]
    base = "../" * page_url.count("/")
    out = ["## The whole API", "",
           "Every public API of TF 2.4's `tf.keras` (the [API defaults](api/index.md) pages) "
           "and what became of it in Keras 3, from the signatures of both libraries.", "",
           "| Module | APIs | same path | moved | removed | arguments | same | changed | added | removed |",
           "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    modules: Dict[str, List[model.ApiEntry]] = {}
    for e in entries:
        modules.setdefault(".".join(e.path.split(".")[:3]), []).append(e)
    for module in sorted(modules):
        group = modules[module]
        apis = [sum(1 for e in group if e.counterpart["status"] == s) for s in ("same path", "moved", "removed")]
        args = [a for e in group for a in e.arguments]
        states = [sum(1 for a in args if a.status == s) for s in ("same", "changed", "added", "removed")]
        out.append("| `%s` | %d | %s | %d | %s |" % (
            module, len(group), " | ".join(map(str, apis)), len(args), " | ".join(map(str, states))))

    def link(e, a=None):
        url = _page_url("%s/%s.md" % (groups.FOLDER, e.page), use_directory_urls)
        if a is None:
            return '<a href="%s%s#%s"><code>%s</code></a>' % (base, url, e.id, html.escape(e.path))
        target = ("%s#%s" % (_page_url(a.notes[0], use_directory_urls), a.notes[1])) if a.notes \
            else "%s#%s" % (url, a.anchor)
        return '<a href="%s%s"><code>%s</code></a>' % (base, target, html.escape(a.name))

    moved = [e for e in entries if e.counterpart["status"] == "moved"]
    out += ["", "### APIs that moved", "", "%d APIs; each move is checked against Keras 3." % len(moved), "",
            "| TF 2.4 | Keras 3 |", "| --- | --- |"]
    out += ["| %s | `%s` |" % (link(e), e.counterpart["keras3"]) for e in moved]
    removed = [e for e in entries if e.counterpart["status"] == "removed"]
    out += ["", "### APIs removed", "",
            "%d APIs, %d with a replacement (checked against Keras 3)." % (
                len(removed), sum(1 for e in removed if e.counterpart["replacement"])), "",
            "| TF 2.4 | use instead |", "| --- | --- |"]
    out += ["| %s | %s |" % (link(e), "`%s`" % e.counterpart["replacement"] if e.counterpart["replacement"] else "—")
            for e in removed]
    changed = [(e, a) for e in entries for a in e.arguments if a.status == "changed"]
    # The two long lists repeat what each argument's own search result
    # says ("Keras 3: removed"): left out of the index, which every page
    # loads (the first-load budget).
    out += ["", "### Defaults that changed { data-search-exclude }", "",
            "%d arguments: same argument (or its renamed one), another default; a change of "
            "spelling only (`0` to `0.0`) is no change." % len(changed), "",
            "| API | Argument | TF 2.4 | Keras 3 |", "| --- | --- | --- | --- |"]
    out += ["| `%s` | %s | %s | %s |" % (
        e.title, link(e, a), _value(a.tf24) if not a.extra else "left out: %s" % html.escape(a.tf24 or "not set"),
        ("<code>%s</code> = " % html.escape(a.keras3_name) if a.keras3_name and a.keras3_name != a.name else "")
        + _value(a.keras3)) for e, a in changed]
    gone = [(e, a) for e in entries if e.counterpart["keras3"] for a in e.arguments if a.status == "removed"]
    out += ["", "### Arguments removed { data-search-exclude }", "",
            "%d arguments of APIs that Keras 3 still has (%d of them hidden in `**kwargs` in TF 2.4)." % (
                len(gone), sum(1 for _, a in gone if a.extra)), "",
            '<details><summary>All %d</summary>' % len(gone), "",
            "<table><thead><tr><th>API</th><th>Argument</th></tr></thead><tbody>"]
    out += ["<tr><td><code>%s</code></td><td>%s</td></tr>" % (html.escape(e.title), link(e, a)) for e, a in gone]
    out += ["</tbody></table>", "", "</details>", ""]
    k3_paths = {e.counterpart["keras3"] for e in entries if e.counterpart["keras3"]}
    new = [p for p in _state["data3"]["apis"] if p not in k3_paths]
    new_modules: Dict[str, int] = {}
    for p in new:
        key = ".".join(p.split(".")[:3])
        new_modules[key] = new_modules.get(key, 0) + 1
    out += ["### APIs new in Keras 3", "",
            "%d public APIs of Keras 3's `tf.keras` have no TF 2.4 counterpart:" % len(new), "",
            "| Module | new APIs |", "| --- | --- |"]
    out += ["| `%s` | %d |" % (m, n) for m, n in sorted(new_modules.items())]
    return "\n".join(out) + "\n"


def static_pages(root: Path, docs: Path, nav: Optional[list]) -> Dict[str, str]:
    """The generated pages as plain Markdown files would hold them, tables
    included (``{src path: text}``; ``nav`` gains the section), so that a
    plain material build of the same pages (bench/, measurement 3) renders
    what this hook adds."""
    on_config({"config_file_path": str(root / "mkdocs.yml"), "docs_dir": str(docs), "nav": nav})
    if not _state:
        return {}
    out = {"%s/index.md" % groups.FOLDER: _index_markdown()}
    for slug, entries in _state["pages"].items():
        if entries:
            text = _page_markdown(slug, entries)
            out["%s/%s.md" % (groups.FOLDER, slug)] = _PLACEHOLDER_RE.sub(
                lambda m, slug=slug: _table(_state["by_id"][m.group(1)], "%s/%s/" % (groups.FOLDER, slug), True),
                text)
    out[CHANGES_PAGE] = (docs / CHANGES_PAGE).read_text(encoding="utf-8") + "\n" + _changes_markdown(
        CHANGES_PAGE[:-3] + "/")
    out[ALL_JSON] = _all_rows(True)
    return out
