"""tfnotes.history.seal: a changed extractor, lock or carried list is seen."""

import shutil

from tfnotes import envs
from tfnotes.history import seal

LOCK = "requirements/releases/2.4.txt"


def _copy(tmp_path):
    for name in seal.EXTRACTOR + (LOCK,):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(str(envs.ROOT / name), str(tmp_path / name))
    return tmp_path


def test_the_seal_holds_until_a_source_changes(tmp_path):
    root = _copy(tmp_path)
    made = seal.seal(LOCK, {}, root)
    assert seal.broken(made, seal.seal(LOCK, {}, root)) == []
    with open(str(root / seal.EXTRACTOR[-1]), "a") as handle:
        handle.write("# a change\n")
    assert seal.broken(made, seal.seal(LOCK, {}, root)) == ["the extractor changed"]


def test_lock_and_carried_list(tmp_path):
    root = _copy(tmp_path)
    made = seal.seal(LOCK, {}, root)
    (root / LOCK).write_text("numpy==1.0\n")
    changed = seal.seal(LOCK, {"tf.keras.optimizers.Adam": {"lr": "learning_rate"}}, root)
    assert seal.broken(made, changed) == ["the hidden arguments carried from the first release changed", "the lock changed"]
    assert seal.broken(None, changed) == ["no seal"]
