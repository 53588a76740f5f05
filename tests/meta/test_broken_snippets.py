"""Broken snippets make the TF 2.4 harness fail with file, line and reason,
and the good snippets run after them still pass (nothing else breaks)."""

import re

import pytest

from .conftest import failure_section, failures

GOOD = "import tensorflow as tf\n\nprint(tf.constant(2).numpy())\n#> 2\n"

BROKEN = {
    # name: (source, the text the failure must contain)
    "a_syntax_error.py": ("x = 1\nprint(x\n", "snippets/demo/a_syntax_error.py:2: raised SyntaxError"),
    "b_failing.py": ("x = 1\ny = x / 0\n", "snippets/demo/b_failing.py:2: raised ZeroDivisionError"),
    "c_stale_output.py": ("print(1 + 1)\n#> 3\n", "snippets/demo/c_stale_output.py:2: stale output"),
    "d_network.py": (
        "import socket\n\nsocket.create_connection(('example.org', 80))\n",
        "network access is disabled in the snippet sandbox (an empty network namespace)",
    ),
    "e_hangs.py": ("while True:\n    pass\n",
                   "snippets/demo/e_hangs.py:2: ran longer than its 3 s limit and was killed by the watchdog"),
    "f_flips_switch.py": (
        "import tensorflow as tf\n\ntf.config.run_functions_eagerly(True)\n",
        "snippets/demo/f_flips_switch.py:3: left the global setting "
        "tf.config.run_functions_eagerly changed",
    ),
    "g_raises_other.py": (
        "# Raises KeyError on purpose\n{}['k'] if False else 1 / 0\n",
        "snippets/demo/g_raises_other.py:2: declares KeyError on purpose but raised ZeroDivisionError",
    ),
    "h_raises_nothing.py": (
        "# Raises KeyError on purpose\nx = 1\n",
        "snippets/demo/h_raises_nothing.py:1: declares '# Raises KeyError on purpose' but finished",
    ),
}

# Its tests share a module fixture: pytest-xdist keeps them on one worker.
pytestmark = pytest.mark.xdist_group("broken_snippets")


@pytest.fixture(scope="module")
def harness_run(tmp_path_factory):
    from .conftest import Project

    scratch = Project(tmp_path_factory.mktemp("broken"))
    # A good snippet after each broken one: it must still pass.
    names = scratch.each_then_good([(n, src) for n, (src, _) in BROKEN.items()], GOOD)
    # Runs after the switch-flipping snippet: the switch must be back off.
    scratch.write(
        "snippets/demo/f_flips_switch_then_reset.py",
        "import tensorflow as tf\n\nprint(tf.config.functions_run_eagerly())\n#> False\n",
    )
    names.append("f_flips_switch_then_reset.py")
    scratch.page_with("docs/demo.md", *["demo/" + n for n in names])
    # The good snippet after each broken one must run after it: fix the
    # order. The failures are planted: no reruns to find their cause.
    code, out = scratch.pytest("tf24", "snippets", "--snippet-timeout", "3", "--snippet-order", "path",
                               "--snippet-diagnosis", "off")
    return code, out


def test_the_run_fails(harness_run):
    code, out = harness_run
    assert code == 1, out


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_each_broken_snippet_fails_with_file_and_line(harness_run, name):
    code, out = harness_run
    failed = failures(out)
    node = "snippets/demo/%s::tf2.4.4" % name
    assert node in failed, "%s did not fail:\n%s" % (name, out)
    assert BROKEN[name][1] in failure_section(out, "snippets/demo/" + name), out


def test_failure_names_tf_version_and_page(harness_run):
    _, out = harness_run
    assert "snippet snippets/demo/b_failing.py on TensorFlow 2.4.4, shown on docs/demo.md" in out


def test_good_snippets_still_pass(harness_run):
    _, out = harness_run
    failed = failures(out)
    good = [n for n in failed if "then_good" in n or "then_reset" in n]
    assert not good, out
    assert re.search(r"\b%d passed\b" % (len(BROKEN) + 1), out), out
