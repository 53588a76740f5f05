"""tfnotes.harness.verdict: a worker reply judged without a worker."""

from pathlib import Path

import pytest

from tfnotes.harness import figures, verdict
from tfnotes.harness.verdict import CommittedFigure, Kind, Subject
from tfnotes.snippet import Snippet

SOURCE = "print(1)\n#> 1\n"
HASH = "a" * 64
INPUTS = "b" * 64
# A drawing with the sentinel inks, as the worker sends it.
SVG = "<!-- tfnotes figure data sha256:%s -->\n<svg><path stroke=\"%s\"/></svg>\n" % (
    HASH, figures.SENTINEL_INK)


def reply(written=None, error=None, drawn=(), flipped=(), changed=()):
    return {"written": {"1": "1\n"} if written is None else written, "error": error,
            "figures": list(drawn), "flipped": list(flipped), "changed": list(changed),
            "seed": 7}


def error(name="ValueError", line=1, mro=("ValueError", "Exception")):
    return {"type": name, "mro": list(mro) + ["BaseException", "object"], "line": line,
            "text": "%s: bad" % name, "traceback": "Traceback ...\n%s: bad" % name}


def drawing(svg=SVG, data_hash=HASH, problems=()):
    return {"svg": svg, "inputs": INPUTS, "data_hash": data_hash, "alt": "",
            "problems": list(problems)}


def committed_pair(svg=SVG, dark=True):
    light, dark_text = figures.sealed(svg, INPUTS)
    return CommittedFigure("docs/figures/demo/plot-1.svg", light, dark_text if dark else None)


def subject(name="demo/plot.py", updatable=True, held=()):
    return Subject(Snippet(Path("/project"), name), "2.4.4", updatable,
                   ("docs/demo.md",), tuple(held))


def test_a_run_that_printed_its_comments_passes():
    found = verdict.judge(subject(), SOURCE, reply())
    assert found.passed and found.kind is Kind.PASSED


def test_other_output_is_stale_naming_line_and_update_command():
    found = verdict.judge(subject(), SOURCE, reply(written={"1": "2\n"}))
    assert found.kind is Kind.STALE and not found.passed
    assert found.message.startswith(
        "snippets/demo/plot.py:2: stale output: the #> comments differ from what "
        "the snippet printed on TensorFlow 2.4.4; run './tfn update snippets/demo/plot.py'")
    assert "+#> 2" in found.message and "-#> 1" in found.message


def test_other_output_of_a_base_on_keras3_asks_for_a_variant():
    found = verdict.judge(subject(updatable=False), SOURCE, reply(written={"1": "2\n"}))
    assert found.kind is Kind.STALE
    assert "write a Keras 3 variant snippets/demo/plot_keras3.py beside it" in found.message


def test_an_undeclared_error_names_its_line():
    found = verdict.judge(subject(), SOURCE, reply(error=error(line=1)))
    assert found.kind is Kind.ERROR
    assert found.message.startswith("snippets/demo/plot.py:1: raised ValueError: bad\nTraceback")


def test_a_declared_error_passes_when_raised_with_its_text_as_output():
    source = "# Raises ValueError on purpose\nraise ValueError('bad')\n#> ValueError: bad\n"
    found = verdict.judge(subject(), source, reply(written={}, error=error(line=2)))
    assert found.passed, found.message


def test_a_subclass_of_the_declared_error_counts():
    source = "# Raises LookupError on purpose\nx = {}['k']\n#> KeyError: bad\n"
    raised = error("KeyError", 2, ("KeyError", "LookupError", "Exception"))
    assert verdict.judge(subject(), source, reply(written={}, error=raised)).passed


def test_a_declared_error_not_raised_fails_at_the_comment():
    source = "x = 1\n# Raises ValueError on purpose\n"
    found = verdict.judge(subject(), source, reply(written={}))
    assert found.kind is Kind.DECLARED
    assert found.message == ("snippets/demo/plot.py:2: declares '# Raises ValueError on "
                             "purpose' but finished without raising")


def test_another_error_than_the_declared_one_fails():
    source = "# Raises KeyError on purpose\nraise ValueError('bad')\n"
    found = verdict.judge(subject(), source, reply(written={}, error=error(line=2)))
    assert found.kind is Kind.DECLARED
    assert found.message.startswith(
        "snippets/demo/plot.py:2: declares KeyError on purpose but raised ValueError: bad")


def test_the_same_drawing_as_the_committed_pair_passes():
    assert verdict.judge(subject(held=[committed_pair()]), SOURCE, reply(drawn=[drawing()])).passed


def test_a_sealed_drawing_the_worker_skipped_passes():
    held = [committed_pair()]
    assert verdict.judge(subject(held=held), SOURCE, reply(drawn=[drawing(svg=None)])).passed


def test_another_drawing_is_a_stale_figure_naming_the_file_and_page():
    other = SVG.replace("<path", "<circle")
    found = verdict.judge(subject(held=[committed_pair()]), SOURCE, reply(drawn=[drawing(other)]))
    assert found.kind is Kind.STALE
    assert found.message == (
        "snippets/demo/plot.py:1: stale figure: the snippet figure 1 differs from "
        "docs/figures/demo/plot-1.svg (shown on docs/demo.md): its plotted data or "
        "drawing changed; run './tfn update snippets/demo/plot.py' to redraw it")


def test_a_missing_dark_twin_makes_the_figure_stale():
    found = verdict.judge(subject(held=[committed_pair(dark=False)]), SOURCE,
                          reply(drawn=[drawing()]))
    assert found.kind is Kind.STALE and "figure 1 differs" in found.message


def test_a_new_figure_is_stale_by_count():
    found = verdict.judge(subject(), SOURCE, reply(drawn=[drawing()]))
    assert "the snippet draws 1 figure(s), docs/figures/ holds 0" in found.message


@pytest.mark.parametrize("data_hash, passes", [(HASH, True), ("c" * 64, False)])
def test_a_base_on_keras3_is_compared_by_plotted_data_only(data_hash, passes):
    held = [committed_pair()]
    found = verdict.judge(subject(updatable=False, held=held), SOURCE,
                          reply(drawn=[drawing(svg=None, data_hash=data_hash)]))
    assert found.passed is passes
    if not passes:
        assert "draws something else on TensorFlow 2.4.4 than on TF 2.4" in found.message


def test_a_figure_problem_is_its_own_kind():
    found = verdict.judge(subject(), SOURCE, reply(drawn=[drawing(problems=["has no title"])]))
    assert found.kind is Kind.FIGURE_PROBLEM
    assert found.message == "snippets/demo/plot.py:1: figure 1 has no title"


def test_output_is_judged_before_figures():
    found = verdict.judge(subject(), SOURCE, reply(written={"1": "2\n"}, drawn=[drawing()]))
    assert "stale output" in found.message


def test_expected_puts_an_errors_text_under_its_line():
    source = "x = 1\nraise ValueError('bad')\n"
    rendered = verdict.expected(source, reply(written={"1": "one\n"}, error=error(line=2)))
    assert rendered == "x = 1\n#> one\nraise ValueError('bad')\n#> ValueError: bad\n"


def test_an_untouched_process_is_no_leak():
    assert verdict.leak("snippets/a.py", reply()).passed
    assert not verdict.left_state_changed(reply())


def test_a_leak_names_each_change_and_how_to_restore_it():
    found = verdict.leak("snippets/a.py", reply(changed=[
        ["os.environ", "os.environ: X added (1)"], ["os.environ", "os.environ: Y added (2)"]]))
    assert found.kind is Kind.LEAKED
    assert found.message.splitlines() == [
        "snippets/a.py:1: left process state changed: os.environ: X added (1)",
        "snippets/a.py:1: left process state changed: os.environ: Y added (2)",
        "fix: restore os.environ (or leave it alone) (a later snippet would see the "
        "change; the worker was replaced)"]


def test_a_flipped_setting_is_named_at_its_line_once():
    found = verdict.leak("snippets/a.py", reply(
        flipped=[["run_eagerly", "False", "True", 3]],
        changed=[["switch:run_eagerly", "global setting run_eagerly changed"]]))
    assert found.message == (
        "snippets/a.py:3: left the global setting run_eagerly changed (False -> True); "
        "restore it before the snippet ends, or later code inherits it")
