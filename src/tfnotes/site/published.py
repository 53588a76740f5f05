"""The data files the site publishes for tools and for its own scripts:
``defaults.json`` (every argument: the notes' under ``arguments``, the
whole API's under ``api``) and ``api/all.json`` (the rows of the whole-API
filter on "All defaults")."""

import json
from typing import Dict, List

from tfnotes.api import groups, model
from tfnotes.site import pages

ALL_JSON = "%s/all.json" % groups.FOLDER


def api_arguments(entries: List[model.ApiEntry], url_of: pages.UrlOf) -> List[Dict[str, object]]:
    """Every argument of the whole API: where its entry is (``url``,
    relative to the site root) and what it shows."""
    out = []
    for entry in entries:
        for arg in entry.arguments:
            searchable = model.searchable(entry, arg)
            out.append({
                "api": entry.path, "title": entry.title, "query": entry.query, "argument": arg.name,
                "tf24": arg.old, "in_tf24": arg.in_old, "keras3": arg.new,
                "keras3_name": arg.new_name, "keras3_api": entry.counterpart["path"],
                "status": arg.status, "url": pages.entry_url(entry, arg, url_of), "notes": bool(arg.notes),
                "extra": arg.extra, "search": bool(arg.notes) or searchable,
                "search_title": model.title(entry, arg) if searchable else None,
            })
    return out


def defaults_json(versions: Dict[str, str], notes: List[model.Argument], entries: List[model.ApiEntry],
                  url_of: pages.UrlOf, site_url: str) -> str:
    """``defaults.json``: the notes' arguments in page order, the whole API."""
    published = {
        "tensorflow": dict(versions),
        "arguments": [{
            "api": a.api, "argument": a.name, "anchor": a.notes[1], "tf24": a.old, "keras3": a.new,
            "status": a.status, "description": a.description, "page": a.notes[0],
            "url": site_url + url_of(a.notes[0]) + "#" + a.notes[1],
        } for a in notes],
    }
    if entries:
        published["api"] = api_arguments(entries, url_of)
    return json.dumps(published, indent=1, sort_keys=True) + "\n"


def all_rows(entries: List[model.ApiEntry], url_of: pages.UrlOf) -> str:
    """``api/all.json``: [API, argument, TF 2.4, Keras 3, status, url] rows."""
    rows = []
    for a in api_arguments(entries, url_of):
        tf24 = ("(not in 2.4)" if not a["in_tf24"] else "(left out) " + (a["tf24"] or "not set")
                if a["extra"] else "—" if a["tf24"] is None else a["tf24"])
        k3 = "—" if a["keras3"] is None else a["keras3"]
        rows.append([a["api"], a["argument"], tf24, k3, a["status"], a["url"]])
    return json.dumps(rows, separators=(",", ":"))
