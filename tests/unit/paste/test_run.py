"""tfnotes.paste.run: whether a plain run ended as the block shows."""

from tfnotes.paste import run

SOURCE = "print(list(range(12)))\n#> [0, 1, 2, 3, 4, 5, 6, 7,\n#> 8, 9, 10, 11]\nprint('done')\n#> done\n"
RAISES = "# Raises ValueError on purpose: x\nprint(1)\n#> 1\nf()\n#> InvalidArgumentError: bad\n"
TRACE = (
    'Traceback (most recent call last):\n  File "a.py", line 4, in <module>\n    f()\n'
    "tensorflow.python.framework.errors_impl.%s: bad\nlast words\n"
)


def test_the_words_shown_in_any_order_and_wrapping():
    assert (
        run.verdict(
            SOURCE,
            None,
            0,
            "done\n[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n",
            "W0 a warning\n",
        )
        == ""
    )


def test_other_words_fail():
    said = run.verdict(
        SOURCE,
        None,
        0,
        "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12]\ndone\n",
        "",
    )
    assert said.startswith(
        "printed other words than its #> lines: missing ['11]'], not shown ['12]']"
    )


def test_a_traceback_or_exit_code_fails():
    assert run.verdict("", None, 1, "", TRACE % "X").startswith(
        "exited 1 raising X:"
    )
    assert run.verdict("", None, 0, "", TRACE % "X").startswith(
        "exited 0 raising X:"
    )
    assert run.verdict("", None, 3, "", "").startswith("exited 3:")


def test_the_declared_error_with_its_message():
    source = RAISES.replace("ValueError", "InvalidArgumentError")
    assert (
        run.verdict(
            source,
            "InvalidArgumentError",
            1,
            "1\n",
            TRACE % "InvalidArgumentError",
        )
        == ""
    )
    assert run.verdict(
        source, "InvalidArgumentError", 1, "1\n", (TRACE % "ValueError")
    ).startswith(
        "should raise InvalidArgumentError on purpose, but raised ValueError"
    )
    assert run.verdict(
        source, "InvalidArgumentError", 0, "1\n", ""
    ).startswith(
        "should raise InvalidArgumentError on purpose, but exited 0"
    )
