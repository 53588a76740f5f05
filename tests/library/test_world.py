"""The TF world this suite runs in is the one the pages claim: TensorFlow
2.4.4 (tf.keras 2.4) on Python 3.8, else the newest TensorFlow, pinned in
requirements/tools.in, whose tf.keras is Keras 3."""

import re
import sys
from pathlib import Path

import tensorflow as tf

from tfnotes import locks

REQUIREMENTS = Path(__file__).resolve().parents[2] / "requirements"


def release(version: str) -> tuple:
    """``"2.16.0rc0"`` -> ``(2, 16, 0)``: compared as numbers, so 2.9 < 2.16."""
    return tuple(int(re.match(r"\d+", part).group()) for part in version.split(".")[:3])


def pinned_tensorflow(world: str) -> str:
    """The version ``requirements/<world>.in`` pins tensorflow-cpu to."""
    version = locks.pinned(REQUIREMENTS / ("%s.in" % world), "tensorflow-cpu")
    assert version, "requirements/%s.in pins no tensorflow-cpu" % world
    return version


def test_release_compares_numbers():
    assert release("2.9.1") < release("2.16.0rc0") < release("2.21.0")


def test_runs_on_the_pinned_tensorflow():
    if sys.version_info[:2] == (3, 8):
        assert tf.__version__ == pinned_tensorflow("tf24") == "2.4.4", tf.__version__
        assert tf.keras.__version__.startswith("2.4."), (
            "TF 2.4's tf.keras is %s, not Keras 2.4" % tf.keras.__version__)
    else:
        import keras

        assert tf.__version__ == pinned_tensorflow("tools"), (
            "TensorFlow %s, requirements/tools.in pins %s: run './tfn setup'"
            % (tf.__version__, pinned_tensorflow("tools")))
        assert release(tf.__version__) >= (2, 16), (
            "TensorFlow %s predates Keras 3 (2.16)" % tf.__version__)
        assert tf.keras.__version__ == keras.__version__, (
            "tf.keras is Keras %s, not the installed keras %s"
            % (tf.keras.__version__, keras.__version__))
        assert release(keras.__version__)[0] == 3, (
            "the newest-TensorFlow world has Keras %s, not Keras 3" % keras.__version__)
