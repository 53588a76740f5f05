"""tfnotes.history.outcomes: a worker reply judged as same, differs or
breaks, on hand-made replies."""

from tfnotes.history import outcomes
from tfnotes.snippet import Snippet

SOURCE = "print(1)\n#> 1\nprint(2)\n#> 2\n"
RAISES = "# Raises ValueError on purpose\nraise ValueError('x')\n#> ValueError: x\n"


def _reply(written=None, error=None, figures=()):
    return {"written": written or {}, "error": error, "flipped": [], "changed": [],
            "figures": [{"data_hash": h} for h in figures]}


def _error(name, text, line=2, mro=("Exception",)):
    return {"type": name, "mro": [name] + list(mro), "line": line, "text": text, "traceback": ""}


def _of(source, reply, hashes=()):
    return outcomes.of_reply(Snippet(None, "page/x.py"), source, list(hashes), reply)


def test_same_outputs_and_figures():
    assert _of(SOURCE, _reply({"1": "1\n", "3": "2\n"})) == {"outcome": "same"}
    assert _of(SOURCE, _reply({"1": "1\n", "3": "2\n"}, figures=["h"]), ["h"]) == {"outcome": "same"}


def test_the_first_differing_line_as_committed_and_now():
    assert _of(SOURCE, _reply({"1": "1\n", "3": "3\n"})) == {
        "outcome": "differs", "line": 4, "was": "#> 2", "now": "#> 3"}


def test_changed_plotted_data_differs():
    found = _of(SOURCE, _reply({"1": "1\n", "3": "2\n"}, figures=["new"]), ["old"])
    assert found["outcome"] == "differs" and found["line"] == 1


def test_an_undeclared_error_breaks_with_its_first_line():
    error = _error("AttributeError", "AttributeError: 'Model' has no attribute 'predict_classes'\nmore")
    assert _of(SOURCE, _reply({"1": "1\n"}, error)) == {
        "outcome": "breaks", "line": 2,
        "error": "AttributeError: 'Model' has no attribute 'predict_classes'"}


def test_a_declared_error_is_the_same_and_its_absence_differs():
    assert _of(RAISES, _reply({}, _error("ValueError", "ValueError: x"))) == {"outcome": "same"}
    assert _of(RAISES, _reply()) == {"outcome": "differs", "line": 1,
                                     "was": "# Raises ValueError on purpose",
                                     "now": "finished without raising ValueError"}
    assert _of(RAISES, _reply({}, _error("TypeError", "TypeError: y")))["outcome"] == "breaks"


def test_long_errors_are_cut():
    found = outcomes.breaks(None, "E: " + "x" * 500)
    assert len(found["error"]) == outcomes.LONGEST and found["line"] == 1


def test_the_error_line_is_the_messages_first_one_but_tfs_last():
    numpy = _error("AttributeError", "AttributeError: https://numpy.org/notes",
                   line=1, mro=("Exception",))
    numpy["traceback"] = ("Traceback:\n  File x\nAttributeError: module 'numpy' has no "
                          "attribute 'bool'.\nSee https://numpy.org/notes")
    assert outcomes.error_line(numpy, SOURCE) == "AttributeError: module 'numpy' has no attribute 'bool'."
    tf = _error("ValueError", "ValueError: shapes differ")
    tf["traceback"] = "Traceback:\nValueError: in user code:\n\n  File y\n  ValueError: shapes differ"
    assert outcomes.error_line(tf, SOURCE) == "ValueError: shapes differ"


def test_a_bare_assertion_names_its_assert():
    bare = _error("AssertionError", "AssertionError", line=2)
    bare["traceback"] = "Traceback:\n  File x\nAssertionError: "
    assert outcomes.error_line(bare, "x = 1\nassert x == 2\n") == "AssertionError (assert x == 2)"
    assert _of("x = 1\nassert x == 2\n", _reply({}, bare))["error"] == "AssertionError (assert x == 2)"
