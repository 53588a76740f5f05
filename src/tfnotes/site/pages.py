"""The pages made from the model: the "API defaults" section (an index
and a page per group of :data:`tfnotes.api.groups.PAGES`), "What changed
since 2.4" and the tables of "All defaults".

Each function takes the model and ``url_of``, the URL of a page by its
source path (mkdocs' ``File.url``, relative to the site root), and gives
Markdown or HTML; links between pages come from
:func:`mkdocs.utils.get_relative_url`.
"""

import html
import re
from typing import Callable, Dict, List, Optional

from mkdocs.utils import get_relative_url

from tfnotes.api import groups, model
from tfnotes.site import render

UrlOf = Callable[[str], str]
INDEX = "%s/index.md" % groups.FOLDER
# A placeholder the Markdown pass keeps, for the table put in after it
# (thousands of rows of raw HTML would only slow that pass down).
PLACEHOLDER = "<!-- tfn-api-table:%s -->"
PLACEHOLDER_RE = re.compile(r"(?:<p>)?<!-- tfn-api-table:([\w-]+) -->(?:</p>)?")


NAV_TITLE = "API defaults"
NAV_BEFORE = "All defaults"


def add_to_nav(nav: Optional[list], by_group: Dict[str, List[model.ApiEntry]]) -> None:
    """Put the "API defaults" section in ``nav`` (once), before All defaults."""
    if nav is None or any(isinstance(i, dict) and NAV_TITLE in i for i in nav):
        return
    section = [{"Overview": INDEX}] + [
        {title: "%s/%s.md" % (groups.FOLDER, slug)} for slug, title in groups.PAGES.items()
        if by_group.get(slug)]
    at = next((n for n, item in enumerate(nav) if isinstance(item, dict) and NAV_BEFORE in item), len(nav))
    nav.insert(at, {NAV_TITLE: section})


def group_page(slug: str, entries: List[model.ApiEntry], versions: Dict[str, str],
               releases: List[str] = ()) -> str:
    """One generated page: a heading per API, its table's placeholder
    (``releases``: those the release picker offers)."""
    lines = [
        "# %s" % groups.PAGES[slug], "",
        "Every argument of every TF 2.4 API of this group, with its default in "
        "TensorFlow %s and in Keras 3 (TensorFlow %s), read from both libraries "
        "and checked on every build. Descriptions are the library's own docstrings."
        % (versions["tf24"], versions["keras3"] or "not read"), "",
    ]
    if releases:
        lines += [render.release_picker(list(releases)), ""]
    for entry in entries:
        found = entry.counterpart
        about = ["`%s`" % entry.path, entry.kind]
        if entry.aliases:
            about.append("also " + ", ".join("`%s`" % a for a in entry.aliases))
        about.append("[TF 2.4 docs](%s)" % model.docs_url(entry.path, model.TF24_DOCS))
        if found["path"]:
            moved = "" if found["path"] == entry.path else " (moved: `%s`)" % found["path"]
            about.append("Keras 3: [same API](%s)%s" % (
                model.docs_url(found["path"], model.KERAS3_DOCS), moved))
        else:
            about.append("Keras 3: removed" + (
                ", use `%s`" % found["replacement"] if found["replacement"] else ""))
        # The heading is no search result of its own (the arguments are, and
        # they carry the API's name): 600 fewer documents to search.
        lines += ["## %s { #%s data-search-exclude }" % (entry.title, entry.id), "",
                  " · ".join(about), ""]
        if entry.error:
            lines += ["No signature: %s" % entry.error, ""]
        lines += [PLACEHOLDER % entry.id, ""]
    return "\n".join(lines)


def index_page(entries: List[model.ApiEntry], pages: Dict[str, List[model.ApiEntry]]) -> str:
    n_args = sum(len([a for a in e.arguments if a.in_old]) for e in entries)
    lines = [
        "# API defaults", "",
        "Every public class and function of TF 2.4's `tf.keras` (%d APIs, aliases "
        "folded, `tf.keras.backend` and the methods of `Model` and `Sequential` "
        "and of the bases one subclasses (`Layer`, `Metric`, `Loss`, `Optimizer`, "
        "`Callback`) included) with every argument (%d), its default in TF 2.4 and what became "
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


def page_src(entry: model.ApiEntry) -> str:
    return "%s/%s.md" % (groups.FOLDER, entry.page)


def entry_url(entry: model.ApiEntry, arg: model.Argument, url_of: UrlOf) -> str:
    """Where an argument's search entry is: its notes entry, else its own."""
    if arg.notes:
        return "%s#%s" % (url_of(arg.notes[0]), arg.notes[1])
    return "%s#%s" % (url_of(page_src(entry)), arg.anchor)


def relative(target: str, page_url: str) -> str:
    """``page#anchor`` (from the site root) as a link from ``page_url``."""
    path, anchor = target.split("#", 1)
    return "%s#%s" % (get_relative_url(path, page_url), anchor)


def by_api(notes: List[model.Argument]) -> List[model.Argument]:
    """The notes' arguments by API, then name (``**kwargs`` as ``kwargs``)."""
    return sorted(notes, key=lambda a: (a.api, a.name.lstrip("*")))


def _table(out: List[str], title: str, intro: str, rows: List[List[str]], header: List[str]) -> None:
    out.append("## %s\n\n%s\n" % (title, intro))
    if not rows:
        out.append("None.\n")
        return
    out.append("| " + " | ".join(header) + " |")
    out.append("|" + " --- |" * len(header))
    out.extend("| " + " | ".join(r) + " |" for r in rows)
    out.append("")


def notes_changes(notes: List[model.Argument], page: str, found_variants, total: int,
                  shown: Dict[str, List[str]]) -> str:
    """The notes' part of "What changed since 2.4": their arguments by
    status, and the snippets that needed a Keras 3 variant (``page``: this
    page's source path; ``shown``: snippet -> pages that include it)."""
    out: List[str] = []

    def arg(a):
        return "[`%s`](%s#%s)" % (a.name, get_relative_url(a.notes[0], page), a.notes[1])

    by_status: Dict[str, List[model.Argument]] = {}
    for a in by_api(notes):
        by_status.setdefault(a.status, []).append(a)
    _table(out, "Defaults that changed", "Same argument, another default.",
           [["`%s`" % a.api, arg(a), render.value(a.old), render.value(a.new)]
            for a in by_status.get("changed", [])],
           ["API", "Argument", "TF 2.4", "Keras 3"])
    _table(out, "Arguments removed", "Accepted by TF 2.4, gone from the Keras 3 signature.",
           [["`%s`" % a.api, arg(a), render.value(a.old)] for a in by_status.get("removed", [])],
           ["API", "Argument", "TF 2.4 default"])
    _table(out, "Arguments added", "New in the Keras 3 signature.",
           [["`%s`" % a.api, arg(a), render.value(a.new)] for a in by_status.get("added", [])],
           ["API", "Argument", "Keras 3 default"])
    rows = []
    for v in found_variants:
        where = ", ".join("[%s](%s)" % (p[len("docs/"):-3], get_relative_url(p[len("docs/"):], page))
                          for p in shown.get(v.name, []))
        rows.append(["`%s`" % v.base, where or "(not shown)", html.escape(v.why or "")])
    _table(out, "Snippets that needed a Keras 3 variant",
           "%d of %d snippets; each variant is tested on Keras 3 only and shown in "
           "a *Keras 3* tab next to the original." % (len(found_variants), total),
           rows, ["Snippet", "Shown on", "What changed"])
    out.append("## Snippets that run unchanged\n\n%d of %d snippets run on Keras 3 "
               "as they are, printing the same output (the suite checks it on every "
               "build).\n" % (total - len(found_variants), total))
    return "\n".join(out)


def all_defaults_table(notes: List[model.Argument], page_url: str, url_of: UrlOf,
                       releases: List[str] = (), keras3_path_of=lambda api: None) -> str:
    """The "All defaults" table: one row per argument of the notes, under
    the release picker (``releases``: those it offers; ``keras3_path_of``:
    an API's Keras 3 path, where the picker reads the 3.x releases)."""
    rows = []
    for a in by_api(notes):
        rows.append({
            "api": a.api, "argument": a.name, "api3": keras3_path_of(a.api), "tf24": render.value(a.old),
            "keras3": render.value(a.new) + ("" if a.status == "same" else " (%s)" % a.status),
            "href": relative("%s#%s" % (url_of(a.notes[0]), a.notes[1]), page_url),
        })
    return render.template("all_defaults.html", rows=rows, releases=list(releases))


def whole_api_section(entries: List[model.ApiEntry], page_url: str, url_of: UrlOf, data_url: str) -> str:
    """The "The whole API" part of All defaults: a filter over every
    argument, whose rows (``data_url``) load when the reader first types."""
    root = get_relative_url("", page_url).rstrip("/") + "/"
    return render.template(
        "whole_api.html", arguments=sum(len(e.arguments) for e in entries), apis=len(entries),
        index=get_relative_url(url_of(INDEX), page_url), root=root, data=data_url)


def whole_api_changes(entries: List[model.ApiEntry], apis3: Dict[str, object], page_url: str,
                      url_of: UrlOf) -> str:
    """The whole API's part of "What changed since 2.4": counts per module,
    moves, removals with replacements, changed defaults."""
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
        if a is None:
            target, text = "%s#%s" % (url_of(page_src(e)), e.id), e.path
        else:
            target, text = entry_url(e, a, url_of), a.name
        return render.CELLS.link(relative(target, page_url), text)

    moved = [e for e in entries if e.counterpart["status"] == "moved"]
    out += ["", "### APIs that moved", "", "%d APIs; each move is checked against Keras 3." % len(moved), "",
            "| TF 2.4 | Keras 3 |", "| --- | --- |"]
    out += ["| %s | `%s` |" % (link(e), e.counterpart["path"]) for e in moved]
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
        e.title, link(e, a), render.CELLS.changed_old(a), render.CELLS.changed_new(a)) for e, a in changed]
    gone = [(e, a) for e in entries if e.counterpart["path"] for a in e.arguments if a.status == "removed"]
    out += ["", "### Arguments removed { data-search-exclude }", "",
            "%d arguments of APIs that Keras 3 still has (%d of them hidden in `**kwargs` in TF 2.4)." % (
                len(gone), sum(1 for _, a in gone if a.extra)), "",
            render.template("removed_arguments.html", rows=[(e.title, link(e, a)) for e, a in gone]), ""]
    k3_paths = {e.counterpart["path"] for e in entries if e.counterpart["path"]}
    new = [p for p in apis3 if p not in k3_paths]
    new_modules: Dict[str, int] = {}
    for p in new:
        key = ".".join(p.split(".")[:3])
        new_modules[key] = new_modules.get(key, 0) + 1
    out += ["### APIs new in Keras 3", "",
            "%d public APIs of Keras 3's `tf.keras` have no TF 2.4 counterpart:" % len(new), "",
            "| Module | new APIs |", "| --- | --- |"]
    out += ["| `%s` | %d |" % (m, n) for m, n in sorted(new_modules.items())]
    return "\n".join(out) + "\n"
