"""tfnotes.screenshots.shots: the files of a shot and the snippet it runs."""

from tfnotes.screenshots import SCHEMES, SHOTS, Shot

BY_LABEL = {shot.label: shot for shot in SHOTS}


def test_each_world_has_a_light_and_a_dark_png_of_its_own(tmp_path):
    names = [path.name for shot in SHOTS for path in shot.pngs(tmp_path)]
    assert SCHEMES == ("light", "dark")
    assert names == ["scalars-tf24.png", "scalars-tf24-dark.png",
                     "scalars-keras3.png", "scalars-keras3-dark.png"]


def _project(tmp_path, *names):
    for name in names:
        path = tmp_path / "snippets" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("print(1)\n")
    return tmp_path


def test_keras3_runs_the_variant_when_there_is_one(tmp_path):
    root = _project(tmp_path, "board/logs.py", "board/logs_keras3.py")
    tf24, keras3 = (Shot(BY_LABEL[label].world, label, "x", "board/logs.py") for label in ("TF 2.4", "Keras 3"))
    assert tf24.snippet(root).name == "board/logs.py"
    assert keras3.snippet(root).name == "board/logs_keras3.py"


def test_keras3_runs_the_base_without_a_variant(tmp_path):
    root = _project(tmp_path, "board/logs.py")
    keras3 = Shot(BY_LABEL["Keras 3"].world, "Keras 3", "x", "board/logs.py")
    assert keras3.snippet(root).name == "board/logs.py"
