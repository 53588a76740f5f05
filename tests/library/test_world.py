"""The TF world this suite runs in is the one the pages claim."""

import sys

import tensorflow as tf


def test_runs_on_the_pinned_tensorflow():
    if sys.version_info[:2] == (3, 8):
        assert tf.__version__ == "2.4.4"
    else:
        assert tf.__version__.split(".")[:2] >= ["2", "16"], tf.__version__
