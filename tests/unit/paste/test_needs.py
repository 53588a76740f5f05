"""tfnotes.paste.needs: what a snippet needs beyond TensorFlow, from its
imports and its '# Needs NAME: why' comments, per world."""

import pytest

from tests.unit.paste import project
from tfnotes import envs
from tfnotes.paste import needs
from tfnotes.snippet import Snippet


def _needs(tmp_path, source, world=envs.TF24):
    root = project.make(tmp_path, {}, {"p/a.py": source})
    return needs.needs(Snippet(root, "p/a.py"), world)


def test_imports_outside_tensorflow_are_needs(tmp_path):
    assert _needs(tmp_path, project.FIGURE) == {"matplotlib": 1}
    assert _needs(
        tmp_path, "import os\nfrom theano import tensor\n"
    ) == {"theano": 2}


def test_what_tensorflow_brings_is_no_need(tmp_path):
    assert _needs(tmp_path, project.PLAIN) == {}
    assert _needs(
        tmp_path, "import tensorboard\nimport keras\n", envs.TOOLS
    ) == {"tensorboard": 1}


def test_a_needs_comment_names_what_is_not_imported(tmp_path):
    source = "# Keras 3: x\n# Needs tensorboard: the callback imports it\nimport tensorflow\n"
    assert _needs(tmp_path, source, envs.TOOLS) == {"tensorboard": 2}


def test_an_unknown_import_names_snippet_and_line(tmp_path):
    with pytest.raises(
        needs.NeedsError,
        match="snippets/p/a.py:2: imports yaml, .*requirements/tf24.txt",
    ):
        _needs(tmp_path, "import os\nimport yaml\n")


def test_a_module_missing_on_purpose_is_no_need(tmp_path):
    source = "# Raises ModuleNotFoundError on purpose: tf is no module\nfrom tf.keras import x\n"
    assert _needs(tmp_path, source) == {}
