"""The page "Release by release" and ``history.json`` at the site root,
both from the committed ``data/history/history.json``
(:mod:`tfnotes.history.build`): one section per release with what changed
since the previous one (:mod:`tfnotes.history.changes`), its counts per
module, each list collapsed, and a link to that release's own notes
(TensorFlow's for 2.x, Keras's for 3.x, at the patch the history
installs: :mod:`tfnotes.history.releases`).
"""

import html
from pathlib import Path
from typing import List, Optional

from mkdocs.structure.files import File

from tfnotes.history import changes, releases, runs, summary
from tfnotes.site import render

HISTORY_URL = "history.json"
PAGE = "releases.md"
# How an argument is taken, by its mark in history.json.
FATES = {None: "parameter", "kwargs": "**kwargs", "ignored": "ignored", "rejected": "rejected"}
NOTES = {"2": ("tensorflow-cpu==", "TensorFlow", "https://github.com/tensorflow/tensorflow/releases/tag/v"),
         "3": ("keras==", "Keras", "https://github.com/keras-team/keras/releases/tag/v")}
COLUMNS = {
    "APIs added": ("API",),
    "APIs moved": ("API", "now"),
    "APIs removed": ("API", "use instead"),
    "arguments added": ("API", "argument", "default"),
    "arguments removed": ("API", "argument", "default"),
    "defaults changed": ("API", "argument", "before", "after"),
    "fates changed": ("API", "argument", "before", "after"),
}


def notes(release: releases.Release):
    """``(title, URL)`` of a release's own release notes."""
    pin, library, url = NOTES[release.name.split(".")[0]]
    version = next(r[len(pin):] for r in release.requirements if r.startswith(pin))
    return "%s %s" % (library, version), url + version


def anchor(release: str) -> str:
    return "release-" + release.replace(".", "-")


def state(seen: changes.State) -> str:
    """A default and, for an argument outside the signature, its fate."""
    default, mark = seen
    shown = render.value(default) if default is not None else "&mdash;"
    return shown if mark is None else "%s (%s)" % (shown, html.escape(FATES[mark]))


def _code(text: Optional[str]) -> str:
    # Not render.code: its style on long names would double the page.
    return "<code>%s</code>" % html.escape(text) if text else "&mdash;"


def rows(found: changes.ReleaseChanges):
    """``{kind: [cells]}``, each cell HTML."""
    by_kind = found.by_kind()
    out = {"APIs added": [[_code(api)] for api in by_kind["APIs added"]]}
    for kind in ("APIs moved", "APIs removed"):
        out[kind] = [[_code(api), _code(target)] for api, target in by_kind[kind]]
    for kind in ("arguments added", "arguments removed"):
        out[kind] = [[_code(api), _code(arg), state(seen)] for api, arg, seen in by_kind[kind]]
    out["defaults changed"] = [[_code(api), _code(arg), state(old), state(new)]
                               for api, arg, old, new in by_kind["defaults changed"]]
    out["fates changed"] = [[_code(api), _code(arg), html.escape(FATES[old[1]]), html.escape(FATES[new[1]])]
                            for api, arg, old, new in by_kind["fates changed"]]
    return out


def section(found: changes.ReleaseChanges) -> str:
    """One release's heading and its changes (Markdown, then raw HTML)."""
    title, url = notes(releases.named(found.release))
    lists = found.by_kind()
    kinds = [k for k in changes.KINDS if lists[k]]
    body = render.template("release_changes.html", c=found, notes_url=url, notes_title=title,
                           counts=found.counts(), kinds=kinds, lists=lists, rows=rows(found),
                           columns=COLUMNS)
    return "## Release %s { #%s }\n\n%s\n" % (found.release, anchor(found.release), body.strip())


def page(history, found: Optional[List[changes.ReleaseChanges]] = None) -> str:
    """The whole page's Markdown; ``found``: the history's
    :func:`tfnotes.history.changes.release_changes`, when already made."""
    found = changes.release_changes(history) if found is None else found
    lines = ["# Release by release", "",
             "What changed in `tf.keras` from each release to the next, %d releases from %s to %s: "
             "each one installed and walked by the same extractor (see [its data](%s) and "
             "[Contributing](contributing.md)). A default is the library's own `repr`; an argument outside the "
             "signature shows its fate: `**kwargs` (accepted), *ignored* (accepted, its value "
             "not taken) or *rejected* (the constructor raises). %s is compared with %s."
             % (len(history["releases"]), history["releases"][0], history["releases"][-1],
                HISTORY_URL, _first_of_major(history["releases"], "3"),
                _last_of_major(history["releases"], "2")), ""]
    lines += [section(c) for c in found]
    return "\n".join(lines) + "\n"


def _first_of_major(names: List[str], major: str) -> str:
    return next(n for n in names if runs.major(n) == major)


def _last_of_major(names: List[str], major: str) -> str:
    return [n for n in names if runs.major(n) == major][-1]


def files(config, history, found: Optional[List[changes.ReleaseChanges]] = None) -> List[File]:
    """``history.json`` as committed (copied, not read again), and the
    page; none without the data (a project with no history).
    ``history``: that file, as :func:`tfnotes.history.summary.load`
    read it; ``found`` as for :func:`page`."""
    if not history["releases"]:
        return []
    committed = Path(config["config_file_path"]).parent / summary.FILE
    return [File.generated(config, HISTORY_URL, abs_src_path=str(committed)),
            File.generated(config, PAGE, content=page(history, found))]
