"""tfnotes.variants: the Keras 3 variants and why each exists."""

from pathlib import Path

from tfnotes import variants


def _snippets(tmp_path: Path, files) -> Path:
    for name, text in files.items():
        path = tmp_path / "snippets" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path / "snippets"


def test_variants_with_their_base_and_reason(tmp_path):
    snippets = _snippets(tmp_path, {
        "b/fit.py": "x = 1\n",
        "b/fit_keras3.py": "# Keras 3: fit() returns another History\nx = 1\n",
        "a/lstm.py": "x = 1\n",
        "a/lstm_keras3.py": "x = 1\n",
        "a/_shared_keras3.py": "# Keras 3: a helper, not a variant\n",
    })
    assert variants.variants(snippets) == [
        variants.Variant("a/lstm_keras3.py", "a/lstm.py", None),
        variants.Variant("b/fit_keras3.py", "b/fit.py", "fit() returns another History"),
    ]


def test_bases_are_the_snippets_that_are_not_variants(tmp_path):
    snippets = _snippets(tmp_path, {
        "a/lstm.py": "", "a/lstm_keras3.py": "", "a/gru.py": "", "a/_helper.py": "",
    })
    assert variants.bases(snippets) == ["a/gru.py", "a/lstm.py"]


def test_a_variant_without_its_base_is_still_listed(tmp_path):
    snippets = _snippets(tmp_path, {"a/ghost_keras3.py": "# Keras 3: x\n"})
    assert [(v.name, v.base) for v in variants.variants(snippets)] == [("a/ghost_keras3.py", "a/ghost.py")]
    assert variants.bases(snippets) == []
