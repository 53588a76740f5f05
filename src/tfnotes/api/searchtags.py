"""How the search index tags each argument's entry, so that typing
``ARG`` or ``API ARG`` lists the right entry first.

Material's search weighs a document's ``tags`` far above its title, and
completes every word typed (``conv2d`` is ``conv2d*``): a document scores
the sum of the weights of its tags that start with a typed word, a rare
tag weighing more than a common one.

So each entry is tagged with its argument's name and its API's
(``padding``, ``conv2d``; a qualifier such as ``losses`` of
``losses.Hinge`` too), and each of those names with completing tags unique
to the entry (``conv2d__1h``), two for every level of the longest chain
of other names that extend it (``conv`` < ``conv2d`` < ``conv2d_transpose``:
its height, see :func:`heights`): the entries of a longer name then have
fewer, so ``GRU dropout`` lists GRU's entry before GRUCell's, and
``learning_rate`` its own before ``learning_rate_power``'s. Two a level,
not one, because a completing tag outweighs any name's own tag; and a
level, not one per extending name (``model_dir``, ``model_from_json``, ...
extend ``model`` side by side: one level), for each costs index bytes
and search time. Where an entry of other names, several of which extend
an argument's name, would still match the typed name more (``l``:
Layer.add_loss's ``loss`` entry, with ``layer`` too), the name gets as
many more as it needs on all its entries (:attr:`Tagger.lift`).

A notes entry has one more for its argument, so typing the name alone
lists the notes' entry first (even before a longer name's), and an API
with an argument a notes entry has too one more on each of its entries,
so typing the API with it still tips it to that API's. A name that
extends the typed one (``name_scope`` for ``name``, qualifier ``layers``
for ``layer``) completes it as well, so the argument's name gets as many
fewer on such an entry, or typing the shorter name would list it first.
A module qualifier gets one, plus one for each level of names that
extend it (``mobilenet`` before ``mobilenet_v3``); a class qualifier
(``Model.build``) two for each, and no more: the class's own entries have
one more, so ``Model input_shape`` lists the class's entry before
``Model.build``'s (typing ``losses`` or ``model`` may list a ``losses.X``
or ``Model.X`` entry as well as an argument of that name). An API that
gave up the bare name to another (``backend.constant`` to ``Constant``)
has no one more: ``Constant value`` stays ``Constant``'s, and typed with
its qualifier it matches more words than a notes entry does. Where no
name competes there are none. ``tests/site/test_search_ranking.py``
checks the ranking of every entry with the site's own search. Standard
library only.
"""

from typing import Dict, Iterable, List, Sequence, Tuple

from tfnotes.api import model

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def api_word(entry: model.ApiEntry) -> str:
    """The API's own name, as search lowercases it: ``Model.fit`` -> fit,
    ``losses.Hinge`` -> hinge; but ``backend.any`` whole, for search drops
    the stop word ``any`` (the site's search separator keeps such a
    qualified name one word)."""
    word = entry.title.rsplit(".", 1)[-1].lower()
    return entry.query.lower() if word in model.STOP_WORDS else word


def qualifiers(entry: model.ApiEntry) -> List[str]:
    """``losses`` of ``losses.Hinge``, ``model`` of ``Model.build``: the
    module or class a name that APIs share is told apart by."""
    return [t.lower() for t in entry.query.split(".")[:-1]]


def entry_words(entry: model.ApiEntry, arg: model.Argument) -> List[str]:
    """The names an entry is tagged with, its argument's first: ``padding``,
    ``conv2d``, then the qualifiers (``losses`` of ``losses.Hinge``)."""
    return [arg.name.lstrip("*"), api_word(entry)] + qualifiers(entry)


def heights(words: Iterable[str]) -> Dict[str, int]:
    """``{word: how many words the longest chain of others extending it
    has}``: ``conv2d`` 1 (``conv2d_transpose``), ``conv`` 2 if ``conv2d``
    extends it, 0 where none does."""
    ordered = sorted(set(words), reverse=True)
    out: Dict[str, int] = {}
    # Reverse order: every word comes after all the words that extend it.
    for n, word in enumerate(ordered):
        out[word] = 0
        for other in reversed(ordered[:n]):
            if not other.startswith(word):
                break
            out[word] = max(out[word], 1 + out[other])
    return out


def base36(number: int) -> str:
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = _DIGITS[rest] + out
        if not number:
            return out


def notes_only(entries: Sequence[model.ApiEntry],
               notes: Dict[Tuple[str, str], Tuple[str, str]]) -> List[Tuple[model.ApiEntry, model.Argument]]:
    """The notes' entries of an argument no API entry has (Keras 3's
    ``to_categorical(x)``, TF 2.4's ``y``), each as an argument of its API,
    so that it is tagged as the others are: ``notes`` maps (API path or
    alias, argument) to (page, anchor), as :func:`model.build` takes it."""
    by_name = {name: e for e in entries for name in [e.path] + e.aliases}
    taken = {a.notes for e in entries for a in e.arguments if a.notes}
    out = []
    for (api, name), where in sorted(notes.items()):
        entry = by_name.get(api)
        if entry is not None and where not in taken:
            taken.add(where)
            nowhere = {release: None for release in model.RELEASES}
            out.append((entry, model.Argument(entry.path, name, nowhere, dict(nowhere), notes=where)))
    return out


class Tagger:
    """The tags of every entry of one build (numbered as they are asked for);
    ``also``: the :func:`notes_only` entries."""

    def __init__(self, entries: List[model.ApiEntry],
                 also: Sequence[Tuple[model.ApiEntry, model.Argument]] = ()):
        arguments = [(e, a) for e in entries for a in e.arguments] + list(also)
        words = {a.name.lstrip("*") for _, a in arguments}
        words |= {w for e in entries for w in [api_word(e)] + qualifiers(e)}
        self.height = heights(words)
        self.notes_words = {a.name.lstrip("*") for _, a in arguments if a.notes}
        # APIs with an argument a notes entry has too (see counts).
        self.shares_notes_word = {
            e.path for e, a in arguments if a.name in self.notes_words and not a.name.startswith("*")}
        # Completing tags are numbered per word: unique in the index
        # (base36 digits hold no "_", and no name ends in one), and short.
        self.issued: Dict[str, int] = {}
        self.lift: Dict[str, int] = {}
        self._lift_short_names(arguments)

    def _lift_short_names(self, arguments) -> None:
        """More completing tags for an argument's name where an entry of
        other names, several of which extend it, would match its typed
        name more often than the name's best entry does (``l``: an entry of
        ``loss`` in ``Layer.add_loss`` has two such words). Longest names
        first: a lift counts when typing any shorter name it extends."""
        words = [entry_words(e, a) for e, a in arguments]
        names = sorted({w[0] for w in words} - model.STOP_WORDS, key=lambda w: (-len(w), w))
        wanted = set(names)
        holding: Dict[str, List[int]] = {}  # name -> entries with a word starting with it
        for n, found in enumerate(words):
            starts = {word[:k] for word in found for k in range(1, len(word) + 1)} & wanted
            for start in starts:
                holding.setdefault(start, []).append(n)
        for name in names:
            best = {False: 0, True: 0}  # completing tags of its best entry, generated / notes
            rival = 0  # words and tags matching it on the best entry of no word ``name``
            for n in holding.get(name, []):
                entry, arg = arguments[n]
                counted = [(w, c) for w, c in self.counts(entry, arg, bool(arg.notes)) if w.startswith(name)]
                if name in words[n]:
                    if words[n][0] == name:
                        own = sum(c for _, c in counted)
                        best[bool(arg.notes)] = max(best[bool(arg.notes)], own)
                else:
                    rival = max(rival, sum(1 + c for _, c in counted))
            mine = best[True] or best[False]
            if rival and rival >= mine:
                self.lift[name] = rival + 1 - mine

    def counts(self, entry: model.ApiEntry, arg: model.Argument, in_notes: bool):
        """``[(word, completing tags)]`` of one entry."""
        name, api = arg.name.lstrip("*"), api_word(entry)
        # One more for an API with an argument a notes entry has too (typing
        # both must tip it to this API's entry), on all its entries alike:
        # on that one alone, it would outrank the API's other arguments
        # wherever their names are common (input_shape on every layer, so
        # rare tags outweigh them); not on **kwargs (no one types it).
        bonus = not arg.name.startswith("*") and entry.path in self.shares_notes_word
        # Not on an API that gave up its bare name (backend.constant): it
        # would tip the bare name (``Constant value``) to it; typed with its
        # qualifier, it matches more words than a notes entry does anyway.
        # A method one more: typed after its class (``Layer add_weight
        # name``) it must outrank the class's own entry of the argument,
        # whose class word has the bonus the method's qualifier lacks. Not
        # on a notes entry (Model.evaluate's x): it would outrank the APIs
        # its name starts (``eval x``).
        method = entry.kind == "method" and not in_notes
        parts = [(api, 2 * self.height.get(api, 0) + (bonus and not entry.secondary) + method)]
        for qualifier in qualifiers(entry):
            if entry.kind == "method":  # Model.build: below the class's own (Model input_shape)
                parts.append((qualifier, 2 * self.height.get(qualifier, 0)))
            else:  # mobilenet before mobilenet_v3
                parts.append((qualifier, self.height.get(qualifier, 0) + 1))
        # The entry's other names that extend the argument's complete it
        # too (name_scope's tags complete ``name``): so many fewer for it.
        extending = sum(1 + count for word, count in parts if word != name and word.startswith(name))
        own = max(0, 2 * self.height.get(name, 0) + in_notes - extending) + self.lift.get(name, 0)
        if api == name:  # L2(l2), Activation(activation): the API's tags serve both,
            own = 0  # or typing another API with that argument (l1_l2 l2) would list this one
            parts[0] = (api, parts[0][1] + self.lift.get(name, 0))
        found = [(name, own)] + parts
        # Search drops its stop words (``a``): tags completing them are dead weight.
        return [(w, 0 if w in model.STOP_WORDS else n) for w, n in found]

    def tags(self, entry: model.ApiEntry, arg: model.Argument, in_notes: bool) -> List[str]:
        found = entry_words(entry, arg)
        for word, count in self.counts(entry, arg, in_notes):
            first = self.issued.get(word, 0)
            self.issued[word] = first + count
            found += ["%s__%s" % (word, base36(n)) for n in range(first, first + count)]
        return list(dict.fromkeys(found))
