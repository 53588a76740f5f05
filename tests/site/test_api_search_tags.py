"""The search tags of the whole API's entries (tfnotes.api.searchtags) keep
the right entry first, checked on every entry without a browser: material's
search scores a document by its tags that start with a typed word, so
counting them is what ranks (the real-browser sample checks the result)."""

from collections import defaultdict
from pathlib import Path

import pytest

from tfnotes.api import extract, model, pairing, searchtags
from tfnotes.site import search
from tfnotes.site.notes import documented


@pytest.fixture(scope="module")
def tagged(project):
    notes = documented(project / "docs")
    entries = pairing.build({r: extract.load(r, project) for r in model.RELEASES}, notes)
    notes_only = searchtags.notes_only(entries, notes)
    tagger = searchtags.Tagger(entries, notes_only)
    out = []
    for entry, arg in [(e, a) for e in entries for a in e.arguments] + notes_only:
        if arg.notes or model.searchable(entry, arg):
            out.append((entry, arg, tagger.tags(entry, arg, bool(arg.notes))))
    return out


def _completing(tags, word):
    return sum(1 for t in tags if t.startswith(word))


def _score(tags, typed):
    return sum(_completing(tags, w) for w in typed)


def test_a_name_lists_its_own_entries_before_a_longer_names(tagged):
    by_name = defaultdict(list)
    for entry, arg, tags in tagged:
        by_name[arg.name.lstrip("*")].append((entry, arg, tags))
    problems = []
    names = sorted(by_name)
    for n, name in enumerate(names):
        longer = [m for m in names[n + 1:n + 200] if m.startswith(name)]
        if not longer or name in model.STOP_WORDS:  # search drops those words
            continue
        weakest = min(_completing(t, name) for _, _, t in by_name[name])
        for other in longer:
            strongest = max(_completing(t, name) for _, _, t in by_name[other])
            if strongest >= weakest:
                problems.append("typing %r: an entry of %r has %d completing tags, one of %r only %d"
                                % (name, other, strongest, name, weakest))
    assert not problems, "\n".join(problems[:20])


def test_a_notes_entry_comes_first_for_its_name_and_loses_to_the_api_typed(tagged):
    by_name = defaultdict(lambda: ([], []))
    for entry, arg, tags in tagged:
        by_name[arg.name.lstrip("*")][bool(arg.notes)].append((entry, tags))
    problems = []
    for name, (generated, notes) in by_name.items():
        if not (generated and notes) or name in ("args", "kwargs"):  # no one types **kwargs
            continue
        best_generated = max(_completing(t, name) for e, t in generated if searchtags.api_word(e) != name)
        for entry, tags in notes:
            if _completing(tags, name) <= best_generated:
                problems.append("typing %r: the notes entry of %s does not outrank the others" % (name, entry.path))
        for entry, tags in generated:
            if searchtags.api_word(entry) == name:  # Activation(activation): both at once
                continue
            typed = entry.query.lower().split(".") + [name]

            theirs = max(_score(t, typed) for e, t in notes if e.path != entry.path)
            if _score(tags, typed) <= theirs:
                problems.append("typing %r %r: a notes entry of %r outranks %s's own" % (
                    entry.query, name, name, entry.path))
    assert not problems, "\n".join(problems[:20])


def test_the_tags_are_what_the_built_index_has(site, tagged):
    import json

    index = json.loads((Path(site) / "search" / "search_index.json").read_text(encoding="utf-8"))
    tags = {d["location"]: d.get(search.FIELD) for d in index["docs"]}
    published = json.loads((Path(site) / "defaults.json").read_text(encoding="utf-8"))["api"]
    searched = [a for a in published if a["search"]]
    of_apis = [arg for entry, arg, _ in tagged if arg in entry.arguments]  # not notes_only's
    assert len(searched) == len(of_apis), (len(searched), len(of_apis))
    untagged = [a["url"] for a in searched if not tags.get(a["url"])]
    assert not untagged, "entries without tags in the index: %s" % untagged[:10]


def test_completing_tags_are_unique_in_the_index(site):
    """A completing tag weighs the same on every entry only if no other
    document has it (search weighs a rare tag more)."""
    import json

    index = json.loads((Path(site) / "search" / "search_index.json").read_text(encoding="utf-8"))
    seen = defaultdict(list)
    for doc in index["docs"]:
        for tag in doc.get(search.FIELD) or []:
            if "__" in tag:
                seen[tag].append(doc["location"])
    assert seen, "no completing tags in the index"
    shared = {t: locs for t, locs in seen.items() if len(locs) > 1}
    assert not shared, "completing tags on more than one entry: %s" % list(shared.items())[:5]
