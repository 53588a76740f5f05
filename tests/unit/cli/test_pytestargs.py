"""pytest's options and their values are not taken for paths."""

from tfnotes.cli import pytestargs


def test_option_value_is_not_taken_for_a_path():
    assert pytestargs.split_paths(["-k", "snippets", "-x", "tests/unit"]) == (["-k", "snippets", "-x"], ["tests/unit"])
