"""A wrong or missing default row fails, naming page, argument, the table's
value and the library's value; so does a built page whose table shows
another default (or badge) than the data of either world."""

import json

import pytest

from .conftest import Project

TABLE = """# Page

## to_categorical

<!-- args: tf.keras.utils.to_categorical -->
| Argument | Description |
| --- | --- |
| `y` | Labels. |
| `num_classes` | Number of classes. |
"""



def _release(version, params):
    """A release's data (data/api/<world>.json) holding to_categorical alone."""
    return {"tensorflow": version, "apis": {"tf.keras.utils.to_categorical": {
        "kind": "function", "aliases": [], "module": "keras.utils.np_utils",
        "params": [{"name": n, "default": d, "kind": "positional or keyword"} for n, d in params]}}}


# to_categorical in Keras 3: y became x, dtype is gone.
KERAS3 = _release("2.21.0", [("x", "required"), ("num_classes", "None")])
ALL_ROWS = TABLE + "| `dtype` | Result dtype. |\n| `x` | Labels, in Keras 3. |\n"


def _data(dtype_default):
    return _release("2.4.4", [("y", "required"), ("num_classes", "None"), ("dtype", dtype_default)])


def test_wrong_default_fails_against_the_library(scratch):
    scratch.write("docs/demo.md", TABLE + "| `dtype` | Result dtype. |\n")
    scratch.write("data/api/tf24.json", json.dumps(_data("'float64'")))
    code, out = scratch.pytest("tf24", "--rootdir", str(scratch.root), str(scratch.REPO_TESTS / "library" / "test_defaults.py"))
    assert code == 1, out
    assert ("docs/demo.md:10: tf.keras.utils.to_categorical argument 'dtype': the data says "
            "'float64', TensorFlow 2.4.4 says 'float32'") in out, out


def test_right_defaults_pass(scratch):
    scratch.write("docs/demo.md", TABLE + "| `dtype` | Result dtype. |\n")
    scratch.write("data/api/tf24.json", json.dumps(_data("'float32'")))
    code, out = scratch.pytest("tf24", "--rootdir", str(scratch.root), str(scratch.REPO_TESTS / "library" / "test_defaults.py"))
    assert code == 0, out


def test_missing_keras3_row_fails(scratch):
    scratch.write("docs/demo.md", TABLE + "| `dtype` | Result dtype. |\n")
    scratch.write("data/api/tf24.json", json.dumps(_data("'float32'")))
    scratch.write("data/api/keras3.json", json.dumps(KERAS3))
    code, out = scratch.site_checks_file("test_arg_tables.py", "-k", "every_argument_has_a_row")
    assert code == 1, out
    assert "docs/demo.md:5: tf.keras.utils.to_categorical has no row for 'x' (Keras 3 default: required)" in out, out


def test_missing_keras3_data_fails(scratch):
    scratch.write("docs/demo.md", ALL_ROWS)
    scratch.write("data/api/tf24.json", json.dumps(_data("'float32'")))
    code, out = scratch.site_checks_file("test_arg_tables.py", "-k", "every_argument_has_a_row")
    assert code == 1, out
    assert "data/api/keras3.json has no APIs: run './tfn update'" in out, out


def test_missing_row_fails(scratch):
    scratch.write("docs/demo.md", TABLE + "| `x` | Labels, in Keras 3. |\n")
    scratch.write("data/api/tf24.json", json.dumps(_data("'float32'")))
    scratch.write("data/api/keras3.json", json.dumps(KERAS3))
    code, out = scratch.site_checks_file("test_arg_tables.py", "-k", "every_argument_has_a_row")
    assert code == 1, out
    assert "docs/demo.md:5: tf.keras.utils.to_categorical has no row for 'dtype' (TF 2.4 default: 'float32')" in out


def test_row_for_no_argument_fails(scratch):
    scratch.write("docs/demo.md", ALL_ROWS + "| `colour` | Made up. |\n")
    scratch.write("data/api/tf24.json", json.dumps(_data("'float32'")))
    scratch.write("data/api/keras3.json", json.dumps(KERAS3))
    code, out = scratch.site_checks_file("test_arg_tables.py", "-k", "every_argument_has_a_row")
    assert code == 1, out
    assert "docs/demo.md:12: 'colour' is not an argument of tf.keras.utils.to_categorical" in out


# --- the built pages show the data ------------------------------------------

@pytest.fixture(scope="module")
def built_once(tmp_path_factory):
    """A scratch project with a table of both worlds' arguments, built
    once for the module, and what the build said."""
    project = Project(tmp_path_factory.mktemp("built"))
    project.write("docs/demo.md", ALL_ROWS)
    project.write("data/api/tf24.json", json.dumps(_data("'float32'")))
    project.write("data/api/keras3.json", json.dumps(KERAS3))
    return project, project.build()


@pytest.fixture
def built(built_once, tmp_path):
    """A copy of the built project, for one test to break."""
    project, (code, out) = built_once
    assert code == 0, out
    return Project.copy_of(project, tmp_path / "project")


def _shown_defaults_check(project):
    return project.site_checks_file("test_arg_tables.py", "-k", "verified_defaults")


@pytest.mark.xdist_group("built_defaults")
def test_built_pages_that_show_the_data_pass(built):
    code, out = _shown_defaults_check(built)
    assert code == 0 and "1 passed" in out, out


@pytest.mark.xdist_group("built_defaults")
def test_a_page_showing_another_default_fails(built):
    page = built.root / "site" / "demo" / "index.html"
    html = page.read_text(encoding="utf-8")
    cell = "<td><code>&#x27;float32&#x27;</code></td>"
    assert html.count(cell) == 1, html
    page.write_text(html.replace(cell, "<td><code>&#x27;float64&#x27;</code></td>"), encoding="utf-8")
    code, out = _shown_defaults_check(built)
    assert code == 1, out
    assert ("docs/demo.md:10 (site/demo/index.html #to_categorical-dtype): "
            "tf.keras.utils.to_categorical argument 'dtype': the TF 2.4 cell shows 'float64', "
            "data/api/tf24.json says 'float32' (so it must show 'float32')") in out, out


@pytest.mark.xdist_group("built_defaults")
def test_a_page_built_from_other_keras3_data_fails(built):
    changed = json.loads(json.dumps(KERAS3))
    changed["apis"]["tf.keras.utils.to_categorical"]["params"][1]["default"] = "10"
    built.write("data/api/keras3.json", json.dumps(changed))
    code, out = _shown_defaults_check(built)
    assert code == 1, out
    where = "docs/demo.md:9 (site/demo/index.html #to_categorical-num_classes): " \
            "tf.keras.utils.to_categorical argument 'num_classes': "
    assert (where + "the Keras 3 cell shows None, data/api/keras3.json says 10 "
            "(so it must show 10 [changed])") in out, out
    assert where + "site/defaults.json's keras3 is 'None', data/api/keras3.json says 10" in out, out


@pytest.mark.xdist_group("built_defaults")
def test_a_missing_badge_fails(built):
    page = built.root / "site" / "demo" / "index.html"
    html = page.read_text(encoding="utf-8")
    badge = ' <span class="tfn-added">new</span>'
    assert html.count(badge) == 1, html
    page.write_text(html.replace(badge, ""), encoding="utf-8")
    code, out = _shown_defaults_check(built)
    assert code == 1, out
    assert ("tf.keras.utils.to_categorical argument 'x': the Keras 3 cell shows required, "
            "data/api/keras3.json says required (so it must show required [new])") in out, out
