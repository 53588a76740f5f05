"""tfnotes.claims: the ledgers load, and every broken entry is reported
naming the ledger file, the entry's line and the claim."""

import textwrap
from pathlib import Path

import pytest

from tfnotes.claims import ledger, summary

PAGE = """\
# Fit

Shuffling reorders
the batches of a Sequence every epoch.
It has been so since https://example.org/notes.

```python title="fit/shuffle.py"
--8<-- "fit/shuffle.py"
```
"""
SNIPPET = "order = [2, 0, 1]\nassert sorted(order) != order, order\n"


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))


@pytest.fixture
def root(tmp_path):
    _write(tmp_path, "docs/fit.md", PAGE)
    _write(tmp_path, "snippets/fit/shuffle.py", SNIPPET)
    return tmp_path


GOOD = """\
- claim: "Shuffling reorders the batches of a Sequence every epoch."
  backed_by: snippets/fit/shuffle.py
  assert: "sorted(order) != order"
  rewritten: "Shuffling applies to arrays only."
- claim: "It has been so since"
  backed_by: https://example.org/notes
- claim: "# Fit"
  backed_by: "data: docs/fit.md the title"
"""


def _problems(root, ledger_text):
    _write(root, "data/claims/fit.yml", ledger_text)
    return ledger.check(root)[1]


def test_a_good_ledger_loads_with_no_problem(root):
    assert _problems(root, GOOD) == []
    claims, _ = ledger.check(root)
    assert [c.kind for c in claims] == ["asserted", "cited", "data"]
    assert [c.line for c in claims] == [1, 5, 7]


def test_a_claim_spans_the_pages_line_breaks_and_has_its_line(root):
    _problems(root, GOOD)
    claim = ledger.check(root)[0][0]
    assert ledger.line_on_page(claim) == 3


@pytest.mark.parametrize("broken, message", [
    (GOOD.replace("every epoch.", "every step."), "fit.yml:1: claim 'Shuffling reorders the batches of a Sequence every step.': not on docs/fit.md any more"),
    (GOOD.replace("snippets/fit/shuffle.py", "snippets/fit/gone.py"), "fit.yml:1: claim 'Shuffling reorders the batches of a Sequence every epoch.': snippets/fit/gone.py is not a file"),
    (GOOD.replace("sorted(order) != order", "order == [0]"), "no assert statement of snippets/fit/shuffle.py contains 'order == [0]'"),
    (GOOD.replace('  assert: "sorted(order) != order"\n', ""), "fit.yml:1: claim 'Shuffling reorders the batches of a Sequence every epoch.': a snippet-backed claim names the text of its assert"),
    (GOOD.replace("https://example.org/notes", "https://example.org/other"), "fit.yml:5: claim 'It has been so since': cites https://example.org/other, which the page does not show"),
    (GOOD.replace('"data: docs/fit.md the title"', "memory"), "fit.yml:7: claim '# Fit': backed_by: 'memory' is none of"),
    (GOOD.replace('"data: docs/fit.md the title"', '"data: data/api/gone.json x"'), "fit.yml:7: claim '# Fit': backed_by: data/api/gone.json does not exist"),
    (GOOD.replace("Shuffling applies to arrays only.", "Shuffling reorders the batches of a Sequence every epoch."), "rewritten: is the sentence before the audit"),
])
def test_a_broken_entry_names_file_line_and_claim(root, broken, message):
    problems = _problems(root, broken)
    assert any(message in p for p in problems), problems
    assert all(p.startswith("data/claims/fit.yml:") for p in problems)


def test_text_outside_an_assert_statement_does_not_back_a_claim(root):
    _write(root, "snippets/fit/shuffle.py", "order = [2, 0, 1]\nprint(sorted(order) != order)\n")
    assert "no assert statement" in _problems(root, GOOD)[0]


def test_an_assert_whose_name_or_value_only_starts_the_same_backs_nothing(root):
    # A changed value (0 -> 00) or a longer name must break the claim.
    for changed in ("sorted(order) != orders", "xsorted(order) != order"):
        _write(root, "snippets/fit/shuffle.py", "order = [2, 0, 1]\nassert %s\n" % changed)
        assert "no assert statement" in _problems(root, GOOD)[0], changed


def test_a_multi_line_assert_backs_a_claim_by_its_collapsed_text(root):
    _write(root, "snippets/fit/shuffle.py", "order = [2, 0, 1]\nassert (\n    sorted(order)\n    != order\n)\n")
    assert _problems(root, GOOD) == []


def test_the_keras3_variant_must_assert_it_too_unless_tf24_only(root):
    _write(root, "snippets/fit/shuffle_keras3.py", "# Keras 3: x\nprint(1)\n")
    assert "snippets/fit/shuffle_keras3.py contains" in _problems(root, GOOD)[0]
    only_tf24 = GOOD.replace('  rewritten:', '  versions: tf24\n  rewritten:')
    assert _problems(root, only_tf24) == []


def test_a_keras3_only_claim_is_checked_in_the_variant_alone(root):
    keras3_only = GOOD.replace('  rewritten:', '  versions: keras3\n  rewritten:')
    _write(root, "snippets/fit/shuffle_keras3.py", "# Keras 3: x\nprint(1)\n")
    assert "snippets/fit/shuffle_keras3.py contains" in _problems(root, keras3_only)[0]
    _write(root, "snippets/fit/shuffle.py", "print(1)\n")
    _write(root, "snippets/fit/shuffle_keras3.py", "# Keras 3: x\norder = [2, 0, 1]\nassert sorted(order) != order\n")
    assert _problems(root, keras3_only) == []


def test_a_snippet_not_included_on_the_page_backs_nothing(root):
    _write(root, "docs/fit.md", PAGE.replace('--8<-- "fit/shuffle.py"', "print(1)"))
    assert "snippets/fit/shuffle.py is not included on docs/fit.md" in _problems(root, GOOD)[0]


def test_a_ledger_without_its_page_is_reported(root):
    _write(root, "data/claims/gone.yml", GOOD)
    problems = ledger.check(root)[1]
    assert any("data/claims/gone.yml has no page: docs/gone.md does not exist" in p for p in problems)


@pytest.mark.parametrize("broken, message", [
    ("claim: x\n", "data/claims/fit.yml: a ledger is a list of entries"),
    ("- claim: x\n  backed: y\n", "data/claims/fit.yml:1: unknown key 'backed'; missing key 'backed_by'"),
    ("- claim: x\n  backed_by: [1]\n", "data/claims/fit.yml:1: backed_by must be non-empty text"),
    ("- claim: [\n", "data/claims/fit.yml: not valid YAML"),
])
def test_a_malformed_ledger_names_file_and_line(root, broken, message):
    problems = _problems(root, broken)
    assert problems and problems[0].startswith(message), problems


def test_the_summary_counts_kinds_and_lists_rewritten_lines(root):
    _problems(root, GOOD)
    claims, _ = ledger.check(root)
    table = summary.table(claims, root)
    assert "| [fit.md](fit.md) | 3 | 1 | 1 | 1 | 3 |" in table
    assert summary.table([], root) == "No page has a claims ledger yet.\n"


def test_a_variant_backs_a_keras3_claim_when_its_base_is_included(root):
    _write(root, "snippets/fit/shuffle_keras3.py", "# Keras 3: x\norder = [0]\nassert order == [0]\n")
    variant_claim = '- claim: "It has been so since"\n  backed_by: snippets/fit/shuffle_keras3.py\n  assert: "order == [0]"\n'
    assert _problems(root, variant_claim) == []


def test_a_snippet_on_a_linked_page_backs_a_claim(root):
    _write(root, "docs/fit.md", PAGE.replace('--8<-- "fit/shuffle.py"', "print(1)") + "\nSee [more](other.md).\n")
    _write(root, "docs/other.md", '--8<-- "fit/shuffle.py"\n')
    assert _problems(root, GOOD) == []


def test_the_table_goes_at_the_marker_and_problems_are_warnings(root, caplog):
    from tfnotes.claims import page as claims_page

    _problems(root, GOOD.replace("every epoch.", "every step."))
    page = "Before\n\n%s\n\nAfter\n" % summary.MARKER
    built = claims_page.fill(page, root)
    assert "| [fit.md](fit.md) | 3 | 1 | 1 | 1 |" in built and summary.MARKER not in built
    assert any("not on docs/fit.md any more" in r.getMessage() for r in caplog.records)
    assert claims_page.fill("no marker", root) == "no marker"


PACKAGING_PAGE = "# Keras\n\nFrom TF <!-- packaging: keras_package_first --> on, Keras is its own package.\n"
PACKAGING_CLAIM = (
    '- claim: "From TF <!-- packaging: keras_package_first --> on, Keras is its own package."\n'
    '  backed_by: "data: data/history/packaging.json keras_package_first"\n'
)


@pytest.fixture
def packaging_root(root):
    _write(root, "docs/fit.md", PACKAGING_PAGE)
    _write(root, "data/history/packaging.json", "{}\n")
    return root


def test_a_packaging_claim_shows_the_fact_it_names(packaging_root):
    assert _problems(packaging_root, PACKAGING_CLAIM) == []


@pytest.mark.parametrize("broken, message", [
    (PACKAGING_CLAIM.replace("json keras_package_first", "json keras_package_1st"),
     "'keras_package_1st' is no fact of data/history/packaging.json"),
    (PACKAGING_CLAIM.replace("json keras_package_first", "json keras3_first"),
     "backed_by does not name 'keras_package_first', the fact of its marker"),
    (PACKAGING_CLAIM.replace('"data: data/history/packaging.json keras_package_first"', "https://example.org/notes"),
     "shows the packaging fact 'keras_package_first', so it is backed_by: 'data: data/history/packaging.json"),
    (PACKAGING_CLAIM.replace("data/history/packaging.json keras_package_first", "docs/fit.md the title"),
     "shows the packaging fact 'keras_package_first', so it is backed_by: 'data: data/history/packaging.json"),
])
def test_a_packaging_claim_names_its_markers_facts(packaging_root, broken, message):
    problems = _problems(packaging_root, broken)
    assert any(message in p for p in problems), problems


def test_a_packaging_fact_typed_instead_of_shown_is_refused(packaging_root):
    _write(packaging_root, "docs/fit.md", "# Keras\n\nFrom TF 2.6 on, Keras is its own package.\n")
    typed = PACKAGING_CLAIM.replace("<!-- packaging: keras_package_first -->", "2.6")
    problems = _problems(packaging_root, typed)
    assert any("shows its facts with <!-- packaging: NAME --> markers, not typed" in p for p in problems), problems


def test_a_packaging_fact_no_claim_spans_is_reported(packaging_root):
    _write(packaging_root, "docs/fit.md", PACKAGING_PAGE + "\nKeras 3 from TF <!-- packaging: keras3_first -->.\n")
    problems = _problems(packaging_root, PACKAGING_CLAIM)
    assert problems == ["docs/fit.md:5: the packaging fact 'keras3_first' is in no claim of data/claims/fit.yml"]
    _write(packaging_root, "docs/fit.md", PACKAGING_PAGE + "\nShown as `\\<!-- packaging: keras3_first -->`.\n")
    assert _problems(packaging_root, PACKAGING_CLAIM) == []
