"""Broken pages make the site checks or the strict build fail, naming the
page and line."""

from .conftest import failures

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


def test_a_clean_project_passes(scratch):
    scratch.write("snippets/demo/code.py", OK)
    scratch.page_with("docs/demo.md", "demo/code.py")
    code, out = scratch.build()
    assert code == 0, out
    code, out = scratch.site_checks()
    assert code == 0, out
    assert not failures(out)
