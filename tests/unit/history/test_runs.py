"""tfnotes.history.runs: stretches of consecutive releases."""

import pytest

from tfnotes.history import runs

NAMES = ["2.4", "2.5", "2.6", "3.0", "3.1"]


def test_one_value_everywhere_is_one_run_per_major_version():
    assert runs.runs(NAMES, [("0.001", None)] * 5) == [
        ["2.4", "2.6", "0.001"], ["3.0", "3.1", "0.001"]]


def test_a_change_starts_a_run():
    seen = [("1", None), ("1", None), ("'auto'", None), ("'auto'", None), ("'auto'", None)]
    assert runs.runs(NAMES, seen) == [
        ["2.4", "2.5", "1"], ["2.6", "2.6", "'auto'"], ["3.0", "3.1", "'auto'"]]


def test_spelling_alone_is_no_change_and_the_first_spelling_stays():
    seen = [("0", None), ("0.0", None), ("0", None), None, None]
    assert runs.runs(NAMES, seen) == [["2.4", "2.6", "0"]]


def test_a_bool_is_no_number():
    assert len(runs.runs(NAMES[:2], [("True", None), ("1", None)])) == 2


def test_a_release_without_it_is_in_no_run():
    seen = [("0.5", None), None, ("0.5", None), ("0.5", None), None]
    assert runs.runs(NAMES, seen) == [
        ["2.4", "2.4", "0.5"], ["2.6", "2.6", "0.5"], ["3.0", "3.0", "0.5"]]


def test_a_changed_mark_starts_a_run():
    seen = [("0.001", "kwargs"), ("0.001", "kwargs"), ("0.001", "ignored"), ("0.001", "rejected"), None]
    assert runs.runs(NAMES, seen) == [
        ["2.4", "2.5", "0.001", "kwargs"], ["2.6", "2.6", "0.001", "ignored"],
        ["3.0", "3.0", "0.001", "rejected"]]


def test_spans():
    assert runs.spans(NAMES, [True, True, False, True, True]) == [["2.4", "2.5"], ["3.0", "3.1"]]
    assert runs.spans(NAMES, [True] * 5) == [["2.4", "2.6"], ["3.0", "3.1"]]


def test_one_value_per_release_or_an_error():
    with pytest.raises(ValueError, match="5 releases but 1 values"):
        runs.runs(NAMES, [None])
