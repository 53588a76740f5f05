"""tfnotes.history.packaging (the in-world extractor, its pure parts):
requirements read alike from the metadata of every age."""

import pytest

from tfnotes.history import packaging


@pytest.mark.parametrize(
    "text, parsed",
    [
        (
            "keras (<2.7,>=2.6.0)",
            ["keras", "<2.7,>=2.6.0", ""],
        ),  # TF 2.6's metadata
        ("keras >=3.0.0", ["keras", ">=3.0.0", ""]),  # TF 2.16's
        (
            "tensorboard<2.17,>=2.16",
            ["tensorboard", "<2.17,>=2.16", ""],
        ),
        (
            "Keras_Nightly (~=2.5.0.dev)",
            ["keras-nightly", "~=2.5.0.dev", ""],
        ),
        ("wheel", ["wheel", "", ""]),
        (
            'tensorflow-intel ==2.16.2 ; platform_system == "Windows"',
            [
                "tensorflow-intel",
                "==2.16.2",
                'platform_system == "Windows"',
            ],
        ),
        (
            'nvidia-cublas-cu12[extra] ==12.3 ; extra == "and-cuda"',
            ["nvidia-cublas-cu12", "==12.3", 'extra == "and-cuda"'],
        ),
    ],
)
def test_requirements_of_either_metadata_format(text, parsed):
    assert packaging.requirement(text) == parsed


def test_clauses_are_sorted_so_the_order_in_the_wheel_does_not_matter():
    assert packaging.requirement(
        "keras (>=2.6.0,<2.7)"
    ) == packaging.requirement("keras <2.7, >=2.6.0")


def test_not_a_requirement_says_so():
    with pytest.raises(ValueError, match="not a requirement"):
        packaging.requirement("(>=1.0)")
