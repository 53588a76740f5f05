"""tfnotes.history.snippetsummary: the line under a snippet, from its
outcomes on a series of releases."""

from tfnotes.history import snippetsummary

SAME = {"outcome": "same"}
DIFFERS = {"outcome": "differs", "line": 17, "was": "#> ['tensorboard (~=2.4)']",
           "now": "#> ['tensorboard (~=2.6)']"}
BREAKS = {"outcome": "breaks", "line": 3, "error": "AttributeError: no predict_classes"}
TF = ["2.4", "2.5", "2.6", "2.7", "2.8"]


def _text(names, found):
    return snippetsummary.as_text(snippetsummary.line(names, found))


def test_unchanged_everywhere():
    assert _text(TF, [SAME] * 5) == "Runs unchanged on TF 2.4\u20132.8."
    assert _text(["3.0"], [SAME]) == "Runs unchanged on Keras 3.0."


def test_differs_then_breaks_each_with_its_first_release():
    found = [SAME, SAME, DIFFERS, BREAKS, BREAKS]
    assert _text(TF, found) == (
        "Same outputs on TF 2.4\u20132.5; output differs on 2.6 (from 2.6, line 17: "
        "#> ['tensorboard (~=2.4)'] becomes #> ['tensorboard (~=2.6)']); breaks on "
        "2.7\u20132.8 (from 2.7, line 3: AttributeError: no predict_classes).")


def test_an_outcome_that_comes_back_makes_two_spans_and_code_is_marked():
    segments = snippetsummary.line(TF, [SAME, BREAKS, SAME, SAME, None])
    assert snippetsummary.as_text(segments) == (
        "Same outputs on TF 2.4, 2.6\u20132.7; breaks on 2.5 (from 2.5, line 3: "
        "AttributeError: no predict_classes); not run on 2.8.")
    assert [text for text, code in segments if code] == ["AttributeError: no predict_classes"]


def test_spans_keep_the_order_kinds_first_happen():
    assert snippetsummary.spans(TF, ["breaks", "same", "same", "breaks", "differs"]) == {
        "breaks": [("2.4", "2.4"), ("2.7", "2.7")], "same": [("2.5", "2.6")],
        "differs": [("2.8", "2.8")]}
    assert snippetsummary.line([], []) == []


def test_releases_not_run_first_are_said():
    assert _text(TF[:3], [None, None, SAME]) == "Not run on TF 2.4\u20132.5; same outputs on 2.6."
