"""Broken pages make the site checks or the strict build fail, naming the
page and line."""

import re

OK = "print(1)\n#> 1\n"


def test_orphan_snippet(scratch):
    scratch.write("snippets/demo/shown.py", OK)
    scratch.write("snippets/demo/orphan.py", OK)
    scratch.page_with("docs/demo.md", "demo/shown.py")
    code, out = scratch.site_checks("-k", "included_by_a_page")
    assert code == 1
    assert "snippets/demo/orphan.py: orphan snippet, no page includes it" in out
    assert "shown.py: orphan" not in out


def test_missing_include_fails_checks_and_build(scratch):
    scratch.page_with("docs/demo.md", "demo/missing.py")
    code, out = scratch.site_checks("-k", "existing_whole_file")
    assert code == 1
    assert "docs/demo.md:4: includes missing snippet 'demo/missing.py'" in out
    code, out = scratch.build()
    assert code != 0
    assert "demo/missing.py" in out and "docs/demo.md:4" in out, out


def test_missing_section(scratch):
    scratch.write("snippets/demo/code.py", OK)
    scratch.page_with("docs/demo.md", "demo/code.py:nope")
    code, out = scratch.site_checks("-k", "existing_whole_file")
    assert code == 1
    assert "docs/demo.md:4: includes section 'nope' of demo/code.py" in out
    code, out = scratch.build()
    assert code != 0, out
    assert "nope" in out and "docs/demo.md:4" in out, out


def test_untested_inline_code_block(scratch):
    scratch.write("snippets/demo/code.py", OK)
    scratch.page_with("docs/demo.md", "demo/code.py", extra="```python\nprint('typed by hand')\n```\n")
    code, out = scratch.site_checks("-k", "typed_into_a_page")
    assert code == 1
    assert "docs/demo.md:7: a ```python block that is not a single snippet include" in out


def test_broken_link(scratch):
    scratch.write("docs/demo.md", "# Demo\n\nSee [the other page](nope.md).\n")
    code, out = scratch.build()
    assert code != 0
    assert "nope.md" in out and "docs/demo.md:3" in out, out


def test_broken_anchor(scratch):
    scratch.write("docs/demo.md", "# Demo\n\n## Real\n\nSee [below](#not-there).\n")
    code, out = scratch.build()
    assert code != 0
    assert "#not-there" in out and "docs/demo.md:5" in out, out


def test_a_clean_project_builds_and_passes_the_source_checks(scratch):
    scratch.write("snippets/demo/code.py", OK)
    scratch.page_with("docs/demo.md", "demo/code.py")
    code, out = scratch.build()
    assert code == 0, out
    code, out = scratch.site_checks()
    assert code == 0, out
    assert re.search(r"\b9 passed\b", out), "not every source check ran:\n" + out


K3 = "# Keras 3: prints the same, says so\nprint(1)\n#> 1\n"
HAND_WRITTEN_TABS = '''
=== "TF 2.4"

    ```python title="demo/code.py"
    --8<-- "demo/code.py"
    ```

=== "Keras 3"

    ```python title="demo/code_keras3.py"
    --8<-- "demo/code_keras3.py"
    ```
'''


def test_hand_written_variant_include(scratch):
    scratch.write("snippets/demo/code.py", OK)
    scratch.write("snippets/demo/code_keras3.py", K3)
    scratch.write("docs/demo.md", "# Demo\n" + HAND_WRITTEN_TABS + scratch.API_REFERENCE)
    message = "docs/demo.md:12: include demo/code.py only; the hook adds the Keras 3 tab"
    code, out = scratch.site_checks("-k", "keras3_tabs")
    assert code == 1
    assert message in out, out
    assert 'docs/demo.md:5: demo/code.py sits in a hand-written === "TF 2.4" tab' in out, out
    code, out = scratch.build()
    assert code != 0
    assert message in out, out


def test_variant_whose_include_the_hook_cannot_tab(scratch):
    scratch.write("snippets/demo/code.py", OK)
    scratch.write("snippets/demo/code_keras3.py", K3)
    scratch.write("docs/demo.md", '# Demo\n\n```python\n# shown twice\n--8<-- "demo/code.py"\n```\n'
                  + scratch.API_REFERENCE)
    code, out = scratch.site_checks("-k", "keras3_tabs")
    assert code == 1
    assert ("docs/demo.md:5: demo/code.py has a Keras 3 variant; include it alone "
            "in a ```python fence so the hook can add the Keras 3 tab") in out, out


def test_python_in_a_fence_with_no_language(scratch):
    scratch.write("snippets/demo/code.py", OK)
    shell = "```\n./tfn test\npip install numpy\n```\n\n"
    output = "```\n[1 2]\nEpoch 1/10\n```\n\n"
    python = "```\nimport numpy as np\nprint(np.ones(2))\n```\n"
    scratch.page_with("docs/demo.md", "demo/code.py", extra=shell + output + python)
    code, out = scratch.site_checks("-k", "typed_into_a_page")
    assert code == 1
    assert ("docs/demo.md:17: a ``` block with no language holds Python; put it in "
            "snippets/ and include it, or tag the fence with its real language, "
            "e.g. ```text") in out, out
    assert "docs/demo.md:7:" not in out and "docs/demo.md:12:" not in out, out


def test_one_include_shows_both_tabs(scratch):
    """The hook turns one include into TF 2.4 and Keras 3 tabs, also in
    an admonition, each tab with its own title and highlighted lines."""
    scratch.write("snippets/demo/code.py", "x = 1\nprint(x)\n#> 1\n")
    scratch.write("snippets/demo/code_keras3.py", "# Keras 3: the same\nx = 1\nprint(x)\n#> 1\n")
    scratch.write("snippets/demo/other.py", "y = 2\nprint(y)\n#> 2\n")
    scratch.write("snippets/demo/other_keras3.py", "# Keras 3: the same\ny = 2\nprint(y)\n#> 2\n")
    scratch.write("docs/demo.md", (
        '# Demo\n\n```python title="demo/code.py" hl_lines="1" keras3_hl_lines="3"\n'
        '--8<-- "demo/code.py"\n```\n\n'
        '!!! note "Inside"\n    ```python title="demo/other.py"\n'
        '    --8<-- "demo/other.py"\n    ```\n'
    ) + scratch.API_REFERENCE)
    code, out = scratch.build()
    assert code == 0, out
    built = (scratch.root / "site" / "demo" / "index.html").read_text()
    labels = re.findall(r'<label for="__tabbed_\d+_\d+">([^<]+)</label>', built)
    assert labels == ["TF 2.4", "Keras 3", "TF 2.4", "Keras 3"], labels
    titles = re.findall(r'<span class="filename">([^<]+)</span>', built)
    assert titles == ["demo/code.py", "demo/code_keras3.py", "demo/other.py", "demo/other_keras3.py"]
    # The second tab set sits inside the admonition.
    note = built[built.index('class="admonition note"'):]
    assert "tabbed-set" in note and "demo/other_keras3.py" in note
    assert built.count('class="hll"') == 2, "one highlighted line per tab of code.py"
    code, out = scratch.site_checks()
    assert code == 0, out


def test_keras3_hl_lines_on_an_output_line(scratch):
    scratch.write("snippets/demo/code.py", OK)
    scratch.write("snippets/demo/code_keras3.py", K3)
    scratch.write("docs/demo.md", '# Demo\n\n```python hl_lines="1" keras3_hl_lines="2 4"\n'
                  '--8<-- "demo/code.py"\n```\n' + scratch.API_REFERENCE)
    code, out = scratch.site_checks("-k", "highlighted_lines")
    assert code == 1
    assert "docs/demo.md:3: keras3_hl_lines 4 of code_keras3.py is not a code line" in out, out
    assert "keras3_hl_lines 2 of" not in out and "hl_lines 1 of" not in out, out


def test_variant_without_a_reason_or_a_base(scratch):
    scratch.write("snippets/demo/code.py", OK)
    scratch.write("snippets/demo/code_keras3.py", OK)
    scratch.write("snippets/demo/ghost_keras3.py", K3)
    scratch.page_with("docs/demo.md", "demo/code.py")
    code, out = scratch.site_checks("-k", "says_what_changed")
    assert code == 1
    assert ("snippets/demo/code_keras3.py: a Keras 3 variant starts with a "
            "'# Keras 3: <what changed>' comment") in out, out
    assert ("snippets/demo/ghost_keras3.py: variant of a snippet that does not exist "
            "(snippets/demo/ghost.py)") in out, out


def test_a_focused_check_reports_only_what_concerns_its_files(scratch):
    """./tfn check sets TFNOTES_FOCUS: another file's problem (an orphan
    here) does not fail a check of a good snippet, and does fail a check
    of that file or of everything."""
    scratch.write("snippets/demo/shown.py", OK)
    scratch.write("snippets/demo/orphan.py", OK)
    scratch.page_with("docs/demo.md", "demo/shown.py")
    scratch.env["TFNOTES_FOCUS"] = "snippets/demo/shown.py\ndocs/demo.md"
    code, out = scratch.site_checks()
    assert code == 0, out
    scratch.env["TFNOTES_FOCUS"] = "snippets/demo/orphan.py"
    code, out = scratch.site_checks()
    assert code == 1 and "snippets/demo/orphan.py: orphan snippet" in out, out
    scratch.env.pop("TFNOTES_FOCUS")
    code, out = scratch.site_checks()
    assert code == 1 and "snippets/demo/orphan.py: orphan snippet" in out, out
