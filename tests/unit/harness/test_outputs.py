"""tfnotes.harness.outputs: ``#>`` comments under the statements that
printed them."""

import ast

import pytest

from tfnotes.harness import outputs


def test_output_lines_are_whole_line_comments_only():
    source = "x = '#> in a string'\n#> yes\ny = 1  #> after code\n    #> indented\n# > no\n"
    assert outputs.output_lines(source) == {2, 4}


def test_strip_drops_output_lines_and_keeps_the_rest():
    source = "print(1)\n#> 1\nx = 1  #> kept\n    #> 2\n"
    assert outputs.strip(source) == "print(1)\nx = 1  #> kept\n"
    assert outputs.strip("print(1)\n") == "print(1)\n"


SOURCE = "x = [\n    1,\n]\nprint(\n    x,\n)\nfor i in range(2):\n    print(i)\n    y = i\n"


@pytest.mark.parametrize("line, end", [
    (1, 3), (2, 3), (3, 3),  # a statement over three lines ends on its last
    (4, 6), (5, 6),
    (7, 7),  # a compound statement counts at its header line only
    (8, 8), (9, 9),  # the innermost statement of a loop body
    (20, 20),  # no statement: the line itself
])
def test_statement_end(line, end):
    assert outputs.statement_end(ast.parse(SOURCE), line) == end


def test_render_puts_output_under_the_whole_statement():
    source = "print(\n    1,\n)\nz = 2\n"
    assert outputs.render(source, {1: "1\n"}) == "print(\n    1,\n)\n#> 1\nz = 2\n"


def test_render_indents_output_inside_a_loop():
    rendered = outputs.render(SOURCE, {8: "0\n1\n"})
    assert "    print(i)\n    #> 0\n    #> 1\n    y = i\n" in rendered


def test_render_replaces_stale_output_and_is_stable():
    stale = "print(1)\n#> 2\n#> 3\n"
    fresh = outputs.render(stale, {1: "1\n"})
    assert fresh == "print(1)\n#> 1\n"
    assert outputs.render(fresh, {1: "1\n"}) == fresh


def test_render_drops_outputs_nobody_printed():
    assert outputs.render("x = 1\n#> old\n", {}) == "x = 1\n"


def test_render_ends_a_last_line_without_newline():
    assert outputs.render("print(1)", {1: "1\n"}) == "print(1)\n#> 1\n"


def test_render_keeps_blank_printed_lines_as_bare_markers():
    assert outputs.render("print('a\\n\\nb')\n", {1: "a\n\nb\n"}) == "print('a\\n\\nb')\n#> a\n#>\n#> b\n"


def test_render_wraps_long_output_to_the_page_width():
    words = " ".join(["word"] * 30)
    rendered = outputs.render("print(s)\n", {1: words + "\n"})
    shown = rendered.splitlines()[1:]
    assert len(shown) > 1
    assert all(len(line) <= outputs.WIDTH for line in shown)
    assert " ".join(line[len("#> "):] for line in shown) == words


def test_render_leaves_an_unbreakable_line_whole():
    long = "a" * 100
    assert outputs.render("print(s)\n", {1: long + "\n"}) == "print(s)\n#> %s\n" % long


def test_wrap_keeps_the_indent_of_a_wrapped_line():
    assert outputs._wrap("  aaa bbb ccc", 8) == ["  aaa", "  bbb", "  ccc"]
    assert outputs._wrap("short\nlines  \n", 20) == ["short", "lines"]


def test_diff_names_both_sides():
    text = outputs.diff("snippets/a.py", "print(1)\n#> 1\n", "print(1)\n#> 2\n")
    assert "--- snippets/a.py (on disk)" in text and "+++ snippets/a.py (from this run)" in text
    assert "-#> 1\n" in text and "+#> 2\n" in text
    assert outputs.diff("a.py", "same\n", "same\n") == ""


@pytest.mark.parametrize("old, new, line", [
    ("a\nb\nc\n", "a\nx\nc\n", 2),
    ("a\n", "a\nb\n", 2),  # new has more lines
    ("a\nb\n", "a\n", 2),  # new has fewer
])
def test_first_difference(old, new, line):
    assert outputs.first_difference(old, new) == line


def test_output_of_a_loops_last_print_stays_inside_the_loop():
    source = "for i in range(2):\n    print(i)\n"
    assert outputs.render(source, {2: "0\n1\n"}) == "for i in range(2):\n    print(i)\n    #> 0\n    #> 1\n"
