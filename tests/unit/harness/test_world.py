"""tfnotes.harness.world: which TensorFlow the snippets run on."""

from tfnotes.harness import world


def test_the_first_installed_distribution_gives_the_version():
    assert world.installed_version("no-such-distribution-tfnotes", "pytest") == __import__("pytest").__version__
    assert world.installed_version("no-such-distribution-tfnotes") is None


def test_a_world_is_keras3_unless_tf_2_4(monkeypatch):
    monkeypatch.setattr(world, "installed_version", lambda *names: "2.4.4")
    assert world.World().label == "tf2.4.4" and not world.World().is_keras3
    monkeypatch.setattr(world, "installed_version", lambda *names: "2.20.0")
    assert world.World().label == "tf2.20.0" and world.World().is_keras3
