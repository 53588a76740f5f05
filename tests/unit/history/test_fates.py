"""tfnotes.history.fates.classify: honoured, ignored, accepted, rejected."""

import pytest

from tfnotes.history import fates

BASE = {"learning_rate": "0.001", "beta_1": "0.9"}


@pytest.mark.parametrize("given, error, config, attribute, expected", [
    (0.5, None, {"learning_rate": "0.5", "beta_1": "0.9"}, None, "honoured"),
    (0.5, None, dict(BASE), None, "ignored"),  # TF 2.11's Adam(lr=0.5)
    (0.5, None, dict(BASE, name="'adam'"), None, "ignored"),  # the name differs on every build
    ((4,), None, dict(BASE, batch_input_shape="(None, 4)"), None, "honoured"),  # a new key
    ("tfnotes", None, dict(BASE), "'tfnotes'", "honoured"),  # seen in the attribute
    (None, None, dict(BASE), None, "accepted"),  # None cannot show
    (0.5, "ValueError: lr is deprecated", None, None, "rejected"),
    (0.5, "TypeError: no example value", None, None, "unknown"),
])
def test_classify(given, error, config, attribute, expected):
    assert fates.classify("lr", given, error, BASE, config, attribute) == expected


def test_every_tried_value_is_one_that_can_show():
    assert None not in fates.TRIED.values()
