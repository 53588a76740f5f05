"""tfnotes.history.packaging_facts: each release fact found where the
data changes once, refused where it does not."""

import pytest

from tfnotes.history import packaging_facts


def entry(release, tensorflow, keras, home, requires):
    """One release's entry as the extractor writes it (the fields the
    facts read): ``home`` is the distribution defining tf.keras's layers."""
    return {
        "release": release,
        "tensorflow": {
            "distribution": "tensorflow-cpu",
            "version": tensorflow,
            "requires": [[name, spec, ""] for name, spec in requires],
        },
        "tf_keras": {"version": keras, "dense": {"distribution": home}},
    }


ENTRIES = [
    entry(
        "2.4",
        "2.4.4",
        "2.4.0",
        "tensorflow-cpu",
        [("tensorboard", "~=2.4")],
    ),
    entry(
        "2.5",
        "2.5.3",
        "2.5.0",
        "tensorflow-cpu",
        [("keras-nightly", "~=2.5.0.dev"), ("tensorboard", "~=2.5")],
    ),
    entry(
        "2.6",
        "2.6.5",
        "2.6.0",
        "keras",
        [("keras", "<2.7,>=2.6.0"), ("tensorboard", "<2.7,>=2.6.0")],
    ),
    entry(
        "2.15",
        "2.15.1",
        "2.15.0",
        "keras",
        [("keras", "<2.16,>=2.15.0"), ("tensorboard", "<2.16,>=2.15")],
    ),
    entry(
        "3.0",
        "2.16.2",
        "3.0.5",
        "keras",
        [("keras", ">=3.0.0"), ("tensorboard", "<2.17,>=2.16")],
    ),
    entry("3.12", "2.21.0", "3.12.4", "keras", [("keras", ">=3.10.0")]),
]


def test_every_fact_from_the_entries():
    assert packaging_facts.facts(ENTRIES) == {
        "keras_inside_tensorflow_last": "2.5",
        "keras_package_first": "2.6",
        "keras_package_first_requires": "keras<2.7,>=2.6.0",
        "keras_package_first_name": "keras",
        "keras2_last": "2.15",
        "keras2_last_tensorflow": "2.15.1",
        "keras2_last_requires": "keras<2.16,>=2.15.0",
        "keras3_first": "2.16",
        "keras3_first_tensorflow": "2.16.2",
        "keras3_first_requires": "keras>=3.0.0",
        "tensorboard_required_first": "tensorboard~=2.4",
        "tensorboard_required_last": "2.16",
        "tensorboard_dropped_first": "2.21",
        "first_tensorflow": "2.4",
    }


def test_no_entries_no_facts():
    assert packaging_facts.facts([]) == {}


def test_a_requirement_for_one_platform_is_not_a_requirement():
    windows = entry("2.4", "2.4.4", "2.4.0", "tensorflow-cpu", [])
    windows["tensorflow"]["requires"] = [
        ["tensorboard", "~=2.4", 'platform_system == "Windows"']
    ]
    assert packaging_facts.required(windows, "tensorboard") is None
    assert (
        packaging_facts.required(ENTRIES[0], "tensorboard")
        == "tensorboard~=2.4"
    )


def test_a_change_that_comes_back_has_no_first_release():
    back = ENTRIES[:5] + [
        entry(
            "3.12", "2.21.0", "3.12.4", "keras", [("keras", ">=3.10.0")]
        ),
        ENTRIES[4],
    ]
    with pytest.raises(
        packaging_facts.FactError,
        match="tensorflow requires tensorboard",
    ):
        packaging_facts.facts(back)


def test_a_change_that_never_happens_has_no_first_release():
    with pytest.raises(
        packaging_facts.FactError, match="tf.keras is Keras 2"
    ):
        packaging_facts.facts(ENTRIES[:4])


def test_a_keras_home_tensorflow_does_not_require_is_an_error():
    unlisted = [dict(e) for e in ENTRIES]
    unlisted[2] = entry(
        "2.6",
        "2.6.5",
        "2.6.0",
        "keras",
        [("tensorboard", "<2.7,>=2.6.0")],
    )
    with pytest.raises(
        packaging_facts.FactError,
        match="release 2.6: tensorflow does not require keras",
    ):
        packaging_facts.facts(unlisted)
