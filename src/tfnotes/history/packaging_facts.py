"""Facts about releases, derived from ``data/history/packaging.json``
(:mod:`tfnotes.history.packaging_data`): which TensorFlow moved
``tf.keras`` out of its own package, which made Keras 3 its ``tf.keras``,
which stopped requiring TensorBoard, and what each required.

Each fact is a function of the releases' entries, in release order, and
gives the short text a page shows in place of its marker
(``<!-- packaging: keras_package_first -->`` -> ``2.6``, see
:mod:`tfnotes.site.facts`). A change ("the first release where ...") is
found only where it happens once: a property that flips back and forth
has no "first release" to state, and says so (:class:`FactError`).
Pure, standard library only.
"""

from typing import Callable, Dict, List, Optional, Sequence, Tuple

Entry = Dict[str, object]
Predicate = Callable[[Entry], bool]


class FactError(ValueError):
    """A fact the data cannot give (no change, or more than one)."""


def tf_minor(entry: Entry) -> str:
    """``2.16.2`` -> ``2.16``: the TensorFlow minor a page names."""
    return ".".join(entry["tensorflow"]["version"].split(".")[:2])


def required(entry: Entry, name: str) -> Optional[str]:
    """TensorFlow's requirement on distribution ``name`` as pip writes it
    (``keras<2.7,>=2.6.0``), None when it does not require it; platform-
    only requirements (a marker) left out."""
    for found, specifier, marker in entry["tensorflow"]["requires"]:
        if found == name and not marker:
            return name + specifier
    return None


def keras_in_tensorflow(entry: Entry) -> bool:
    """Whether ``tf.keras``'s layers are files of TensorFlow's own distribution."""
    return (
        entry["tf_keras"]["dense"]["distribution"]
        == entry["tensorflow"]["distribution"]
    )


def keras_major(entry: Entry) -> int:
    return int(entry["tf_keras"]["version"].split(".")[0])


def requires_tensorboard(entry: Entry) -> bool:
    return required(entry, "tensorboard") is not None


def switch(
    entries: Sequence[Entry], holds: Predicate, what: str
) -> Tuple[Entry, Entry]:
    """``(last release where holds, first where not)``, when it holds up
    to one release and never after; :class:`FactError` otherwise."""
    flags = [bool(holds(e)) for e in entries]
    changes = [
        n for n in range(1, len(flags)) if flags[n] != flags[n - 1]
    ]
    if len(changes) != 1 or not flags[0]:
        raise FactError(
            "%s: expected to hold from the first release up to one and never after, "
            "but it holds in %s"
            % (
                what,
                [e["release"] for e, f in zip(entries, flags) if f],
            )
        )
    return entries[changes[0] - 1], entries[changes[0]]


def _keras_package(entries):
    return switch(
        entries,
        keras_in_tensorflow,
        "tf.keras defined inside the tensorflow distribution",
    )


def _keras3(entries):
    return switch(
        entries, lambda e: keras_major(e) < 3, "tf.keras is Keras 2"
    )


def _tensorboard(entries):
    return switch(
        entries, requires_tensorboard, "tensorflow requires tensorboard"
    )


def _keras_requirement(entry: Entry) -> str:
    name = entry["tf_keras"]["dense"]["distribution"]
    found = required(entry, name)
    if found is None:
        raise FactError(
            "release %s: tensorflow does not require %s, the distribution of its tf.keras"
            % (entry["release"], name)
        )
    return found


Find = Callable[[List[Entry]], str]
Change = Callable[[Sequence[Entry]], Tuple[Entry, Entry]]
BEFORE, AFTER = 0, 1


def _minor(change: Change, side: int) -> Find:
    return lambda entries: tf_minor(change(entries)[side])


def _version(change: Change, side: int) -> Find:
    return lambda entries: change(entries)[side]["tensorflow"][
        "version"
    ]


def _requires(change: Change, side: int) -> Find:
    return lambda entries: _keras_requirement(change(entries)[side])


def _keras_home(entries: List[Entry]) -> str:
    return _keras_package(entries)[AFTER]["tf_keras"]["dense"][
        "distribution"
    ]


def _first_tensorboard(entries: List[Entry]) -> str:
    return required(entries[0], "tensorboard") or "none"


# name -> (what it says, how it is found): the markers a page may use.
FACTS: Dict[str, Tuple[str, Find]] = {
    "keras_inside_tensorflow_last": (
        "the last TF minor whose tf.keras is part of the tensorflow distribution",
        _minor(_keras_package, BEFORE),
    ),
    "keras_package_first": (
        "the first TF minor whose tf.keras is a distribution of its own",
        _minor(_keras_package, AFTER),
    ),
    "keras_package_first_requires": (
        "that TensorFlow's requirement on it",
        _requires(_keras_package, AFTER),
    ),
    "keras_package_first_name": (
        "that distribution's name",
        _keras_home,
    ),
    "keras2_last": (
        "the last TF minor whose tf.keras is Keras 2",
        _minor(_keras3, BEFORE),
    ),
    "keras2_last_tensorflow": (
        "its TensorFlow version",
        _version(_keras3, BEFORE),
    ),
    "keras2_last_requires": (
        "its requirement on Keras",
        _requires(_keras3, BEFORE),
    ),
    "keras3_first": (
        "the first TF minor whose tf.keras is Keras 3",
        _minor(_keras3, AFTER),
    ),
    "keras3_first_tensorflow": (
        "its TensorFlow version",
        _version(_keras3, AFTER),
    ),
    "keras3_first_requires": (
        "its requirement on Keras",
        _requires(_keras3, AFTER),
    ),
    "tensorboard_required_first": (
        "the first release's requirement on TensorBoard",
        _first_tensorboard,
    ),
    "tensorboard_required_last": (
        "the last TF minor that requires tensorboard",
        _minor(_tensorboard, BEFORE),
    ),
    "tensorboard_dropped_first": (
        "the first TF minor that does not",
        _minor(_tensorboard, AFTER),
    ),
    "first_tensorflow": (
        "the TF minor of the first release the history installs",
        lambda entries: tf_minor(entries[0]),
    ),
}


def facts(entries: List[Entry]) -> Dict[str, str]:
    """Every fact's text, from the entries in release order (none
    without entries)."""
    if not entries:
        return {}
    return {name: find(entries) for name, (_, find) in FACTS.items()}
