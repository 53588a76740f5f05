"""tfnotes.includes: include lines, code fences, and the Keras 3 tabs of
the build hook."""

import textwrap
from pathlib import Path

import pytest

from tfnotes import includes


def _md(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def _has_variant(*bases: str):
    return lambda name: name in bases


def _project(tmp_path: Path, pages, snippets) -> Path:
    for rel, text in dict(pages, **{"snippets/" + n: "print(1)\n#> 1\n" for n in snippets}).items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_md(text))
    return tmp_path / "docs"


# ------------------------------------------------------------ parsing


@pytest.mark.parametrize("line, target", [
    ('--8<-- "losses/mse.py"', "losses/mse.py"),
    ("    --8<-- 'losses/mse.py'", "losses/mse.py"),
    ('-8<- "a.py:section"', "a.py:section"),
    (';--8<-- "losses/mse.py"', None),  # escaped: shown, not included
    ('text --8<-- "a.py"', None),
    ('--8<-- "a.py\'', None),
])
def test_include_line(line, target):
    match = includes.INCLUDE.match(line)
    assert (match.group("target") if match else None) == target


def test_include_file_and_section():
    inc = includes.Include(Path("docs/x.md"), 3, "demo/code.py:part")
    assert (inc.file, inc.section) == ("demo/code.py", "part")
    whole = includes.Include(Path("docs/x.md"), 3, "demo/code.py")
    assert (whole.file, whole.section, whole.added_by_hook) == ("demo/code.py", "", False)


def test_fences_read_language_body_indent_and_lines():
    lines = _md('''
        # Page

        ```python title="a.py" hl_lines="2"
        --8<-- "a.py"
        ```

        !!! note
            ```{.bash .extra}
            ./tfn test
            ```

        ```
        plain
        ''').splitlines()
    python, bash, plain = includes.fences(Path("docs/p.md"), lines)
    assert (python.line, python.end, python.lang, python.indent) == (3, 5, "python", "")
    assert python.info == 'python title="a.py" hl_lines="2"'
    assert python.body == ['--8<-- "a.py"']
    assert (bash.line, bash.lang, bash.indent, bash.body) == (8, "bash", "    ", ["    ./tfn test"])
    assert (plain.line, plain.lang, plain.body) == (12, "", ["plain"])
    assert plain.end == len(lines) + 1, "an unclosed fence runs to the end of the page"


def test_a_fence_inside_a_longer_one_is_body():
    lines = _md('''
        ````markdown
        ```python
        --8<-- "a.py"
        ```
        ````
        ''').splitlines()
    (block,) = includes.fences(Path("p.md"), lines)
    assert block.lang == "markdown" and len(block.body) == 3


def test_code_blocks_walk_every_page(tmp_path):
    docs = _project(tmp_path, {"docs/b.md": "```bash\nls\n```\n", "docs/a/c.md": "```text\nx\n```\n"}, [])
    assert [(b.page.name, b.lang) for b in includes.code_blocks(docs)] == [("c.md", "text"), ("b.md", "bash")]


def test_includes_add_the_variant_the_hook_shows(tmp_path):
    docs = _project(tmp_path, {"docs/demo.md": '''
        # Demo

        ```python title="demo/code.py"
        --8<-- "demo/code.py"
        ```

        ```python title="demo/alone.py"
        --8<-- "demo/alone.py"
        ```
        '''}, ["demo/code.py", "demo/code_keras3.py", "demo/alone.py"])
    found = [(i.line, i.target, i.added_by_hook) for i in includes.includes(docs)]
    assert found == [
        (4, "demo/code.py", False),
        (4, "demo/code_keras3.py", True),
        (8, "demo/alone.py", False),
    ]
    assert includes.pages_by_snippet(docs) == {
        "demo/code.py": ["docs/demo.md"],
        "demo/code_keras3.py": ["docs/demo.md"],
        "demo/alone.py": ["docs/demo.md"],
    }


def test_a_blank_line_before_the_include_changes_nothing(tmp_path):
    docs = _project(tmp_path, {"docs/demo.md": '```python\n\n--8<-- "demo/code.py"\n```\n'},
                    ["demo/code.py", "demo/code_keras3.py"])
    assert [(i.line, i.target) for i in includes.includes(docs)] == [
        (3, "demo/code.py"), (3, "demo/code_keras3.py")]
    lines = (docs / "demo.md").read_text().splitlines()
    assert includes.tab_problems("docs/demo.md", lines, _has_variant("demo/code.py")) == []


def test_an_include_the_hook_does_not_tab_shows_no_variant(tmp_path):
    docs = _project(tmp_path, {"docs/demo.md": '''
        ```text
        --8<-- "demo/code.py"
        ```
        '''}, ["demo/code.py", "demo/code_keras3.py"])
    assert [i.target for i in includes.includes(docs)] == ["demo/code.py"]


# ------------------------------------------------------------ Keras 3 tabs


def test_one_fence_becomes_two_tabs():
    page = _md('''
        Text.

        ```python title="demo/code.py" hl_lines="1 2" keras3_hl_lines="3-4"
        --8<-- "demo/code.py"
        ```

        More text.
        ''')
    assert includes.with_keras3_tabs(page, _has_variant("demo/code.py")) == _md('''
        Text.

        ===! "TF 2.4"

            ```python title="demo/code.py" hl_lines="1 2"
            --8<-- "demo/code.py"
            ```

        === "Keras 3"

            ```python title="demo/code_keras3.py" hl_lines="3-4"
            --8<-- "demo/code_keras3.py"
            ```

        More text.
        ''')


def test_the_keras3_tab_highlights_nothing_without_keras3_hl_lines():
    page = '```python title="a.py" hl_lines="2"\n--8<-- "a.py"\n```\n'
    out = includes.with_keras3_tabs(page, _has_variant("a.py"))
    assert '    ```python title="a.py" hl_lines="2"\n' in out
    assert '    ```python title="a_keras3.py"\n' in out


def test_tabs_keep_the_indentation_of_an_indented_fence():
    page = _md('''
        !!! note "Keras 3"
            Text.

            ```python title="demo/code.py"
            --8<-- "demo/code.py"
            ```
        ''')
    out = includes.with_keras3_tabs(page, _has_variant("demo/code.py")).splitlines()
    assert out[3:14] == [
        '    ===! "TF 2.4"',
        "",
        '        ```python title="demo/code.py"',
        '        --8<-- "demo/code.py"',
        "        ```",
        "",
        '    === "Keras 3"',
        "",
        '        ```python title="demo/code_keras3.py"',
        '        --8<-- "demo/code_keras3.py"',
        "        ```",
    ]


def test_a_tab_set_is_set_off_by_blank_lines():
    page = 'Text:\n```python\n--8<-- "a.py"\n```\nafter\n'
    out = includes.with_keras3_tabs(page, _has_variant("a.py")).splitlines()
    assert out[:3] == ["Text:", "", '===! "TF 2.4"']
    assert out[-2:] == ["", "after"]


@pytest.mark.parametrize("page", [
    '```python\n--8<-- "a.py"\n```\n',  # no variant
    '```python\n# typed\n--8<-- "b.py"\n```\n',  # more than the include
    '```text\n--8<-- "b.py"\n```\n',  # not Python
    '````markdown\n```python\n--8<-- "b.py"\n```\n````\n',  # an example
    '```python\n--8<-- "b_keras3.py"\n```\n',  # a variant itself
])
def test_other_fences_stay_as_written(page):
    assert includes.with_keras3_tabs(page, _has_variant("b.py", "b_keras3.py")) == page


def test_two_fences_in_a_row_give_two_tab_sets():
    page = '```python\n--8<-- "a.py"\n```\n\n```python\n--8<-- "b.py"\n```\n'
    out = includes.with_keras3_tabs(page, _has_variant("a.py", "b.py"))
    assert out.count('===! "TF 2.4"') == 2 and out.count('=== "Keras 3"') == 2
    assert out.index('--8<-- "a_keras3.py"') < out.index('--8<-- "b.py"')


def test_keras3_fences_are_the_ones_the_hook_tabs():
    lines = '```python\n--8<-- "a.py"\n```\n\n```python\n--8<-- "c.py"\n```\n'.splitlines()
    assert [b.line for b in includes.keras3_fences(Path("p.md"), lines, _has_variant("c.py"))] == [5]


# ------------------------------------------------------------ tab problems


def _problems(page: str, *bases: str):
    return includes.tab_problems("docs/demo.md", _md(page).splitlines(), _has_variant(*bases))


def test_a_single_include_has_no_problem():
    assert _problems('''
        ```python title="a.py" keras3_hl_lines="1"
        --8<-- "a.py"
        ```
        ''', "a.py") == []


def test_hand_written_tabs_are_problems():
    problems = _problems('''
        === "TF 2.4"

            ```python title="a.py"
            --8<-- "a.py"
            ```

        === "Keras 3"

            ```python title="a_keras3.py"
            --8<-- "a_keras3.py"
            ```
        ''', "a.py")
    assert problems == [
        'docs/demo.md:3: a.py sits in a hand-written === "TF 2.4" tab; '
        "remove the tabs around it, the hook adds both",
        "docs/demo.md:10: include a.py only; the hook adds the Keras 3 tab with a_keras3.py",
    ]


def test_a_tab_of_another_name_is_no_problem():
    assert _problems('''
        === "Sequential"

            ```python
            --8<-- "a.py"
            ```
        ''', "a.py") == []


def test_an_include_the_hook_cannot_tab_is_a_problem():
    assert _problems('''
        ```python
        # typed
        --8<-- "a.py"
        ```
        ''', "a.py") == [
        "docs/demo.md:3: a.py has a Keras 3 variant; include it alone in a "
        "```python fence so the hook can add the Keras 3 tab"]


def test_keras3_hl_lines_without_a_variant_is_a_problem():
    assert _problems('''
        ```python keras3_hl_lines="2"
        --8<-- "a.py"
        ```
        ''') == ["docs/demo.md:1: keras3_hl_lines on a fence without a Keras 3 "
                 "variant to highlight; remove it"]


# ------------------------------------------------------------ Python typed in


@pytest.mark.parametrize("body", [
    ["import numpy as np"],
    ["from a import b"],
    ["def f():", "    return 1"],
    ["class A:", "    pass"],
    ["x = 1"],
    ["x += 1"],
    ["x: int = 1"],
    ["print('hi')"],
    ["    model.fit(x, y)"],  # indented, as in an admonition
    ["if True:", "    print(1)"],
])
def test_python(body):
    assert includes.looks_like_python(body)


@pytest.mark.parametrize("body", [
    ["./tfn test"],
    ["pip install numpy"],
    ["[1 2]"],
    ["Epoch 1/10"],
    ["[1, 2]"],  # printed, parses as a bare expression
    ["tensorflow"],
    ["1/1 [==============================] - 0s 1ms/step - loss: 0.5"],
    [],
])
def test_not_python(body):
    assert not includes.looks_like_python(body)


def test_the_old_names_still_come_from_here():
    from tfnotes import snippet

    assert includes.is_variant is snippet.is_variant
    assert includes.base_of("a_keras3.py") == "a.py"
    assert includes.variant_of("a.py") == "a_keras3.py"


@pytest.mark.parametrize("page, prefix", [("index.md", ""), ("model/fit.md", "../"), ("a/b/c.md", "../../")])
def test_figures_are_linked_relative_to_their_page(page, prefix):
    markdown = _md('''
        ```python
        --8<-- "plots/line.py"
        ```
        ''')
    out = includes.with_figures(markdown, page, lambda name: [("figures/plots/line.svg", "A line")])
    assert "![A line](%sfigures/plots/line.svg#only-light){ loading=lazy }" % prefix in out
    assert "![A line](%sfigures/plots/line-dark.svg#only-dark){ loading=lazy }" % prefix in out
