"""The search index's argument entries: keys (tags), boosts, titles and text.

Material's search weighs a document's ``tags`` far above its title, so an
argument's entry is tagged with its argument's and its API's names
(:mod:`tfnotes.api.searchtags`; the ranking lives there), and typing
``padding`` or ``Conv2D padding`` lists it first. Among APIs that share a
name, the one that keeps the bare name wins a tie (:data:`SECONDARY_BOOST`).

Every argument entry, a notes page's or a generated one, is titled the
same way, from its heading (:func:`tfnotes.api.model.title`:
``Conv2D · padding = 'valid' · Keras 3: 'valid'``). A generated entry's
text (its table row) is left out: the title says what the row says.

The tags go in a field of their own, :data:`FIELD`, with the boost
material gives ``tags`` (:func:`config`): material's results list draws
every one of a result's ``tags`` as an element, hidden or not, thousands
of them for each key typed, and draws no other field it does not know.

A snippet's printed output (its ``#>`` lines) is left out of every
entry's text: numbers no one types, which every page would load and
every typed digit would have to match.

The contributing page's generated reference (the harness API that
mkdocstrings renders, ids ``tfnotes.*``, and the benchmark table) is
left out of the index: no reader searches for it, and every page loads
the index.
"""

import re
from typing import Dict, List, Optional, Sequence, Tuple

from tfnotes.api import groups, model, searchtags
from tfnotes.site import pages

# Material multiplies a document's score by its boost: among APIs that
# share a name, the one that keeps the bare name (``Conv2D`` over
# ``backend.conv2d``) wins a tie, while typing the module
# (``backend.conv2d padding``) still tips it the other way.
SECONDARY_BOOST = 0.99  # also backend's functions, so ``padding`` lists a layer's first
# An API named like its argument (``L2 l2``) wins the tie with another
# API's argument of that name.
SAME_NAME_BOOST = 1.01
# The index field of the tags (see the module's docstring).
FIELD = "keys"  # as short as "tags": the index repeats it in every entry
UNSEARCHED = re.compile(r"contributing/#tfnotes[.-]")
_CODE = re.compile(r"</?code>")
# An output line of a code block, as the index holds it (HTML-escaped).
_OUTPUT_LINE = re.compile(r"^[ \t]*#&gt;.*(?:\n|$)", re.M)


def _plain_tags(notes: List[model.Argument]) -> Dict[int, List[str]]:
    """``{id(argument): tags}`` of a notes entry the whole API does not pair
    with one of its arguments (one hidden in ``**kwargs``): its name, and a
    unique completing tag where another notes name extends it, so typing
    ``learning_rate`` lists its own entry before ``learning_rate_power``'s."""
    names = {a.name for a in notes}
    extended = {m for m in names if any(n != m and n.startswith(m) for n in names)}
    return {id(a): [a.name] + (["%s__%s" % (a.name, a.notes[1].split("-", 1)[0])]
                                if a.name in extended else []) for a in notes}


def config(found: Dict[str, object]) -> Dict[str, object]:
    """Material's index config with its ``tags`` field renamed
    :data:`FIELD` (same boost): every field the config names is indexed."""
    fields = dict(found["fields"])
    fields[FIELD] = fields.pop("tags")
    return dict(found, fields=fields)


def index(docs: List[Dict[str, object]], entries: List[model.ApiEntry], notes: List[model.Argument],
          url_of: pages.UrlOf,
          notes_only: Sequence[Tuple[model.ApiEntry, model.Argument]] = (),
          changed_in: Optional[Dict[Tuple[str, str], List[str]]] = None) -> List[Dict[str, object]]:
    """The index's documents with the argument entries tagged and titled;
    ``notes_only``: :func:`tfnotes.api.searchtags.notes_only`'s entries;
    ``changed_in``: the releases where each (API path, argument) changed
    (:func:`tfnotes.history.changes.changed_in`), tags of its entry too,
    so ``Adam lr 2.11`` finds it (the search separator keeps ``2.11``
    one word: it splits at a dot only before a non-digit)."""
    changed_in = changed_in or {}
    docs = [d for d in docs if not UNSEARCHED.match(d["location"])]
    for doc in docs:
        doc["text"] = _OUTPUT_LINE.sub("", doc["text"])
    plain = _plain_tags(notes)
    notes_at = {"%s#%s" % (url_of(a.notes[0]), a.notes[1]): a for a in notes}
    generated: Dict[str, Tuple[model.ApiEntry, model.Argument]] = {}
    paired: Dict[str, Tuple[model.ApiEntry, model.Argument]] = {}
    for entry in entries:
        for arg in entry.arguments:
            where = pages.entry_url(entry, arg, url_of)
            if arg.notes:
                paired[where] = (entry, arg)
            elif model.searchable(entry, arg):
                generated[where] = (entry, arg)
    for entry, arg in notes_only:
        paired["%s#%s" % (url_of(arg.notes[0]), arg.notes[1])] = (entry, arg)
    tagger = searchtags.Tagger(entries, notes_only)
    for doc in docs:
        location = doc["location"]
        if location in notes_at:
            doc["title"] = _CODE.sub("", doc["title"])
            doc[FIELD] = plain[id(notes_at[location])]
        found = generated.get(location) or paired.get(location)
        if found is None:
            if location.startswith(groups.FOLDER + "/"):
                doc["text"] = ""  # an API's heading: its title says what it is
            continue
        entry, arg = found
        doc[FIELD] = tagger.tags(entry, arg, location in paired) + changed_in.get((entry.path, arg.name), [])
        doc.pop("boost", None)
        if location not in paired:
            if entry.secondary or entry.path.startswith("tf.keras.backend."):
                doc["boost"] = SECONDARY_BOOST
            elif searchtags.api_word(entry) == arg.name.lstrip("*"):
                doc["boost"] = SAME_NAME_BOOST
            doc["text"] = ""
            doc["title"] = _CODE.sub("", doc["title"])
    return docs
