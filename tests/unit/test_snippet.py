"""tfnotes.snippet: the one model of a snippet."""

from pathlib import Path

import pytest

from tfnotes import snippet
from tfnotes.snippet import Snippet


def _project(tmp_path: Path, *names: str) -> Path:
    for name in names:
        path = tmp_path / "snippets" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("print(1)\n#> 1\n")
    return tmp_path


@pytest.mark.parametrize("name, variant", [
    ("lstm_keras3.py", True),
    ("layers/lstm/weights_keras3.py", True),
    ("layers/lstm/weights.py", False),
    ("keras3.py", False),
    ("layers/my_keras3_notes.py", False),
])
def test_is_variant(name, variant):
    assert snippet.is_variant(name) is variant


def test_base_of_and_variant_of_are_inverse():
    assert snippet.variant_of("layers/lstm.py") == "layers/lstm_keras3.py"
    assert snippet.base_of("layers/lstm_keras3.py") == "layers/lstm.py"
    assert snippet.base_of("layers/lstm.py") == "layers/lstm.py"
    assert snippet.base_of(snippet.variant_of("a/b/c.py")) == "a/b/c.py"


def test_page_and_display_name_the_folder_page(tmp_path):
    weights = Snippet(tmp_path, "layers/lstm/weights.py")
    assert weights.page == "docs/layers/lstm.md"
    assert weights.display == "snippets/layers/lstm/weights.py"
    assert weights.path == tmp_path / "snippets" / "layers" / "lstm" / "weights.py"
    assert Snippet(tmp_path, "losses/mse.py").page == "docs/losses.md"


def test_variant_and_base_properties(tmp_path):
    root = _project(tmp_path, "demo/code.py", "demo/code_keras3.py", "demo/alone.py")
    code = Snippet(root, "demo/code.py")
    assert code.has_variant
    assert code.variant == Snippet(root, "demo/code_keras3.py")
    assert code.variant.is_variant and not code.is_variant
    assert code.variant.base == code
    assert not code.variant.has_variant, "a variant has no variant of its own"
    assert not Snippet(root, "demo/alone.py").has_variant


def test_runs_on_picks_one_file_per_world(tmp_path):
    root = _project(tmp_path, "demo/code.py", "demo/code_keras3.py", "demo/alone.py")
    code, variant, alone = (Snippet(root, n) for n in ("demo/code.py", "demo/code_keras3.py", "demo/alone.py"))
    assert (code.runs_on(False), code.runs_on(True)) == (True, False)
    assert (variant.runs_on(False), variant.runs_on(True)) == (False, True)
    assert (alone.runs_on(False), alone.runs_on(True)) == (True, True)


def test_declared_error_names_the_class_and_its_line(tmp_path):
    s = Snippet(tmp_path, "demo/code.py")
    declared = s.declared_error("import tensorflow as tf\n\n# Raises tf.errors.InvalidArgumentError on purpose\n")
    assert declared == snippet.Declared("InvalidArgumentError", 3)
    assert s.declared_error("# Raises ValueError on purpose: the shape\n") == snippet.Declared("ValueError", 1)


@pytest.mark.parametrize("source", [
    "print(1)\n",
    "x = 1  # Raises ValueError on purpose\n",  # not a comment line of its own
    "# raises ValueError\n",  # no 'on purpose'
])
def test_no_declared_error(tmp_path, source):
    assert Snippet(tmp_path, "demo/code.py").declared_error(source) is None


def test_declared_error_reads_the_file_by_default(tmp_path):
    root = _project(tmp_path, "demo/code.py")
    (root / "snippets/demo/code.py").write_text("# Raises KeyError on purpose\nd = {}\nd['x']\n")
    assert Snippet(root, "demo/code.py").declared_error() == snippet.Declared("KeyError", 1)


def test_keras3_reason_comes_from_the_leading_comments(tmp_path):
    root = _project(tmp_path, "demo/a_keras3.py", "demo/b_keras3.py", "demo/c_keras3.py")
    (root / "snippets/demo/a_keras3.py").write_text("# A note\n# Keras 3:  reset_state() replaces reset_states()  \nx = 1\n")
    (root / "snippets/demo/b_keras3.py").write_text("x = 1\n# Keras 3: too late, after code\n")
    (root / "snippets/demo/c_keras3.py").write_text("# nothing about Keras\nx = 1\n")
    assert Snippet(root, "demo/a_keras3.py").keras3_reason() == "reset_state() replaces reset_states()"
    assert Snippet(root, "demo/b_keras3.py").keras3_reason() is None
    assert Snippet(root, "demo/c_keras3.py").keras3_reason() is None


def test_outputs_are_the_output_lines_by_number(tmp_path):
    root = _project(tmp_path, "demo/code.py")
    (root / "snippets/demo/code.py").write_text("print(1)\n#> 1\nx = 2  #> not an output line\nprint(x)\n  #> 2\n")
    assert Snippet(root, "demo/code.py").outputs() == {2: "#> 1", 5: "#> 2"}


def test_discover_skips_helpers_and_sorts(tmp_path):
    root = _project(tmp_path, "b/z.py", "a/y.py", "a/_helper.py", "_shared.py", "a/y_keras3.py")
    (root / "snippets" / "a" / "notes.txt").write_text("not python")
    assert [s.name for s in snippet.discover(root)] == ["a/y.py", "a/y_keras3.py", "b/z.py"]
    assert all(s.root == root for s in snippet.discover(root))


def test_from_path_accepts_snippet_files_only(tmp_path):
    root = _project(tmp_path, "demo/code.py", "demo/_helper.py")
    (root / "docs").mkdir()
    (root / "docs" / "demo.py").write_text("x = 1\n")
    (root / "snippets" / "demo" / "data.txt").write_text("1\n")
    assert snippet.from_path(Path("snippets/demo/code.py"), root) == Snippet(root, "demo/code.py")
    assert snippet.from_path(root / "snippets" / "demo" / "code.py", root) == Snippet(root, "demo/code.py")
    assert snippet.from_path(Path("docs/demo.py"), root) is None
    assert snippet.from_path(root.parent / "elsewhere.py", root) is None
    assert snippet.from_path(Path("snippets/demo/_helper.py"), root) is None
    assert snippet.from_path(Path("snippets/demo/data.txt"), root) is None
