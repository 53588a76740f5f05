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
  (material's search weighs ``tags`` far above titles, see
  :func:`on_post_build`), and keeps the entries' indexed text short.

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
from tfnotes.api import docstrings, extract, groups, model

NAV_TITLE = "API defaults"
NAV_BEFORE = "All defaults"
_PLACEHOLDER = "<!-- tfn-api-table:%s -->"
_PLACEHOLDER_RE = re.compile(r"(?:<p>)?<!-- tfn-api-table:([\w-]+) -->(?:</p>)?")

# Material multiplies a document's score by its boost: among APIs that
# share a name, the one that keeps the bare name (``Conv2D`` over
# ``backend.conv2d``) wins a tie, while typing the module
# (``backend.conv2d padding``) still tips it the other way.
SECONDARY_BOOST = 0.99  # also backend's functions, so ``padding`` lists a layer's first
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
    entries = model.build(data24, data3, _notes(Path(config["docs_dir"])), docstrings.descriptions)
    _state.clear()
    if not entries:  # a project without data/api (the meta-tests' small ones)
        return config
    pages: Dict[str, List[model.ApiEntry]] = {}
    for entry in entries:
        pages.setdefault(entry.page, []).append(entry)
    _state.update(data24=data24, data3=data3, entries=entries, pages=pages,
                  by_id={e.id: e for e in entries})
    section = [{"Overview": "%s/index.md" % groups.FOLDER}] + [
        {title: "%s/%s.md" % (groups.FOLDER, slug)}
        for slug, title in groups.PAGES.items() if pages.get(slug)]
    nav = config.get("nav")
    if nav is not None and not any(isinstance(i, dict) and NAV_TITLE in i for i in nav):
        at = next((n for n, item in enumerate(nav) if isinstance(item, dict) and NAV_BEFORE in item),
                  len(nav))
        nav.insert(at, {NAV_TITLE: section})
    return config


def _code(text: str) -> str:
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
        about = [_code(entry.path), entry.kind]
        if entry.aliases:
            about.append("also " + ", ".join(_code(a) for a in entry.aliases))
        about.append("[TF 2.4 docs](%s)" % model.docs_url(entry.path, model.TF24_DOCS))
        if found["keras3"]:
            moved = "" if found["keras3"] == entry.path else " (moved: %s)" % _code(found["keras3"])
            about.append("Keras 3: [same API](%s)%s" % (
                model.docs_url(found["keras3"], model.KERAS3_DOCS), moved))
        else:
            about.append("Keras 3: removed" + (
                ", use %s" % _code(found["replacement"]) if found["replacement"] else ""))
        lines += ["## %s { #%s }" % (entry.title, entry.id), "",
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
    return files


def _value(value: Optional[str], present: bool = True) -> str:
    if not present:
        return '<span class="tfn-added">not in 2.4</span>'
    if value is None:
        return "&mdash;"
    if value == model.REQUIRED:
        return "<em>required</em>"
    return "<code>%s</code>" % html.escape(value)


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
    return '<br><small>gets <code>%s</code></small>' % html.escape(value)


def _tf24_cell(arg: model.Argument) -> str:
    if not arg.extra:
        return _value(arg.tf24, arg.in_tf24) + _gets(arg.resolved24)
    cell = "left out: <code>%s</code>" % html.escape(arg.tf24) if arg.tf24 else "not set"
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
    return ('<table class="tfn-api"><thead><tr><th>Argument</th><th>TF 2.4 default</th>'
            "<th>Keras 3</th><th>Description (the library's docstring)</th></tr></thead><tbody>%s"
            "</tbody></table>" % "".join(rows))


def on_page_content(html_text, page, config, files):
    if not _state or not page.file.src_path.startswith(groups.FOLDER + "/"):
        return html_text
    by_id = _state["by_id"]

    def table(match):
        return _table(by_id[match.group(1)], page.url, config["use_directory_urls"])

    return _PLACEHOLDER_RE.sub(table, html_text)


def _tokens(entry: model.ApiEntry) -> List[str]:
    """The API's own name, as search lowercases it: ``Model.fit`` -> fit,
    ``losses.Hinge`` -> hinge. A qualifier (``losses``, ``Model``) is left
    to the title: as a tag it would outweigh an argument of that name
    (``Model.add_loss(losses)``)."""
    return [entry.title.rsplit(".", 1)[-1].lower()]


def _qualifiers(entry: model.ApiEntry) -> List[str]:
    """``losses`` of ``losses.Hinge``, ``model`` of ``Model.build``: the
    module or class a name that APIs share is told apart by."""
    return [t.lower() for t in entry.query.split(".")[:-1]]


def _depths(words) -> Dict[str, int]:
    """``{word: how many other words start with it}``."""
    ordered = sorted(words)
    out = {}
    for n, word in enumerate(ordered):
        count = 0
        for other in ordered[n + 1:]:
            if not other.startswith(word):
                break
            count += 1
        out[word] = count
    return out


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


@event_priority(-60)  # after mkdocs_hooks (-50), before material's offline plugin (-100)
def on_post_build(config):
    """Tag and weigh the argument entries of the search index.

    Material's search weighs a document's ``tags`` far above its title,
    and completes every word typed (``conv2d`` is ``conv2d*``): a document
    scores the sum of the weights of its tags that start with a typed word,
    a rare tag weighing more than a common one. So each entry is tagged with
    its argument's name and its API's (``padding``, ``conv2d``; a qualifier
    such as ``losses`` of ``losses.Hinge`` too), and each of those two
    names with completing tags unique to the entry (``conv2d__1hqa``): for
    the argument two plus two for every other name that extends it, for the
    API one plus one for every other (``conv2d_transpose``,
    ``conv2dtranspose``); so typing a name lists its argument's entries
    before the entries of an API of that name (``backend.shape(x)``). Every longer name's entries then have fewer, so
    ``GRU dropout`` lists GRU's entry before GRUCell's, and
    ``learning_rate`` its own before ``learning_rate_power``'s. A notes
    entry has one more for its argument, so typing the name alone lists the
    notes' entry first (even before a longer name's), while typing the API
    too (one or more) still tips it to that API's. A method is named by its
    own name (``fit x``), by its class's only where Model and Sequential
    both have one (``Model.build``). A qualifier gets completing tags like
    an API's name (``mobilenet`` before ``mobilenet_v3``), a class's twice
    as many (``model`` is also an argument's name). An API whose name
    extends the argument's (``name_scope(name)``) gets no completing tags
    for it, or typing ``name`` would list it first. Among APIs that share a name, the one that keeps the bare name
    wins a tie (:data:`SECONDARY_BOOST`). The generated entries' text (their
    table row) is left out of the index: the title says what the row says.
    """
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
    words = {a.name.lstrip("*") for e in _state["entries"] for a in e.arguments}
    words |= {t for e in _state["entries"] for t in _tokens(e) + _qualifiers(e)}
    depth = _depths(words)
    counter = 0
    for doc in index["docs"]:
        location = doc["location"]
        found = generated.get(location) or notes.get(location)
        if found is None:
            if location.startswith(groups.FOLDER + "/"):
                doc["text"] = ""  # an API's heading: its title says what it is
            continue
        entry, arg = found
        counter += 1
        name = arg.name.lstrip("*")
        api = _tokens(entry)[0]
        parts = [(name, 2 * depth.get(name, 0) + 2 + (location in notes))]
        if api == name or not api.startswith(name):  # name_scope's name: see above
            parts.append((api, depth.get(api, 0) + 1))
        for qualifier in _qualifiers(entry):  # Model.build, losses.Hinge, mobilenet.preprocess_input
            parts.append((qualifier, (2 if entry.kind == "method" else 1) * (depth.get(qualifier, 0) + 1)))
        tags = [name, api] + _qualifiers(entry)
        for part, (word, count) in enumerate(parts):
            tags += ["%s__%s%s%s" % (word, _base36(counter), "_" * part, chr(97 + i)) for i in range(count)]
        doc["tags"] = list(dict.fromkeys(tags))
        doc.pop("boost", None)
        if location not in notes:
            if entry.secondary or entry.path.startswith("tf.keras.backend."):
                doc["boost"] = SECONDARY_BOOST
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
