"""A wrong or missing default row fails, naming page, argument, the table's
value and the library's value."""

import json

TABLE = """# Page

## to_categorical

<!-- args: tf.keras.utils.to_categorical -->
| Argument | Description |
| --- | --- |
| `y` | Labels. |
| `num_classes` | Number of classes. |
"""


def _data(dtype_default):
    return {
        "tensorflow": "2.4.4",
        "apis": {"tf.keras.utils.to_categorical": [
            {"name": "y", "default": "required"},
            {"name": "num_classes", "default": "None"},
            {"name": "dtype", "default": dtype_default},
        ]},
    }


def test_wrong_default_fails_against_the_library(scratch):
    scratch.write("docs/demo.md", TABLE + "| `dtype` | Result dtype. |\n")
    scratch.write("data/defaults/tf24.json", json.dumps(_data("'float64'")))
    code, out = scratch.pytest("tf24", "--rootdir", str(scratch.root), str(scratch.REPO_TESTS / "library" / "test_defaults.py"))
    assert code == 1, out
    assert ("docs/demo.md:10: tf.keras.utils.to_categorical argument 'dtype': the table says "
            "'float64', TensorFlow 2.4.4 says 'float32'") in out, out


def test_right_defaults_pass(scratch):
    scratch.write("docs/demo.md", TABLE + "| `dtype` | Result dtype. |\n")
    scratch.write("data/defaults/tf24.json", json.dumps(_data("'float32'")))
    code, out = scratch.pytest("tf24", "--rootdir", str(scratch.root), str(scratch.REPO_TESTS / "library" / "test_defaults.py"))
    assert code == 0, out


def test_missing_row_fails(scratch):
    scratch.write("docs/demo.md", TABLE)
    scratch.write("data/defaults/tf24.json", json.dumps(_data("'float32'")))
    code, out = scratch.site_checks_file("test_arg_tables.py", "-k", "every_argument_has_a_row")
    assert code == 1, out
    assert "docs/demo.md:5: tf.keras.utils.to_categorical has no row for 'dtype' (TF 2.4 default: 'float32')" in out


def test_row_for_no_argument_fails(scratch):
    scratch.write("docs/demo.md", TABLE + "| `dtype` | Result dtype. |\n| `colour` | Made up. |\n")
    scratch.write("data/defaults/tf24.json", json.dumps(_data("'float32'")))
    code, out = scratch.site_checks_file("test_arg_tables.py", "-k", "every_argument_has_a_row")
    assert code == 1, out
    assert "docs/demo.md:11: 'colour' is not an argument of tf.keras.utils.to_categorical" in out
