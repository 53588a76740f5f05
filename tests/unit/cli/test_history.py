"""tfnotes.cli.history: the release each commit re-extracts, and what a
re-extraction reports when it differs."""

from tfnotes.cli import history
from tfnotes.history import releases


def test_every_release_is_chosen_by_some_commit_and_always_the_same():
    n = len(releases.RELEASES)
    chosen = [history.rotating("%040x" % i).name for i in range(n)]
    assert chosen == list(releases.NAMES)
    assert history.rotating("%040x" % n).name == releases.NAMES[0]


def test_differences_name_the_apis():
    old = {"tensorflow": "2.4.4", "keras": "2.4.0",
           "apis": {"tf.keras.layers.Dense": {"params": [["units", "required"]]}}}
    new = {"tensorflow": "2.4.4", "keras": "2.4.0",
           "apis": {"tf.keras.layers.Dense": {"params": [["units", "1"]]}}}
    assert history.differences(old, old) == []
    assert history.differences(old, new) == ["tf.keras.layers.Dense differs"]
    assert history.differences(None, new) == ["no committed data"]
