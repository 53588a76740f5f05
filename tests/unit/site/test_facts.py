"""tfnotes.site.facts: packaging markers replaced by their facts; an
unknown name stops the build naming the page and line."""

import pytest

from tfnotes.site import facts

FACTS = {
    "keras_package_first": "2.6",
    "keras3_first_requires": "keras>=3.0.0",
}


def test_markers_become_their_facts():
    page = (
        "From TF <!-- packaging: keras_package_first --> on, "
        "TensorFlow requires `<!-- packaging: keras3_first_requires -->`.\n"
    )
    assert (
        facts.fill(page, "index.md", FACTS)
        == "From TF 2.6 on, TensorFlow requires `keras>=3.0.0`.\n"
    )
    assert facts.names(page) == [
        "keras_package_first",
        "keras3_first_requires",
    ]


def test_an_unknown_fact_names_page_and_line():
    page = "# Title\n\nIn TF <!-- packaging: keras_pakage_first -->.\n"
    with pytest.raises(
        facts.FactMarkerError,
        match=r"docs/index.md:3: no packaging fact 'keras_pakage_first'",
    ):
        facts.fill(page, "index.md", FACTS)


def test_without_data_the_error_says_how_to_make_it():
    with pytest.raises(
        facts.FactMarkerError, match="run ./tfn history --packaging"
    ):
        facts.fill(
            "<!-- packaging: keras_package_first -->", "index.md", {}
        )


def test_a_page_without_markers_is_unchanged():
    page = "TF 2.6 <!-- other: comment -->\n"
    assert facts.fill(page, "index.md", {}) == page


def test_an_escaped_marker_shows_as_itself_and_names_no_fact():
    page = "Write `\\<!-- packaging: NAME -->` where the fact goes.\n"
    assert (
        facts.fill(page, "contributing.md", FACTS)
        == "Write `<!-- packaging: NAME -->` where the fact goes.\n"
    )
    assert facts.names(page) == []


def test_an_error_names_the_line_of_the_source_when_given():
    rendered = (
        "# Title\n\n| a |\n| b |\n\nIn TF <!-- packaging: gone -->.\n"
    )
    source = "# Title\n\n<!-- args: x -->\n\nIn TF <!-- packaging: gone -->.\n"
    with pytest.raises(
        facts.FactMarkerError, match="docs/index.md:5: "
    ):
        facts.fill(rendered, "index.md", FACTS, lambda: source)
