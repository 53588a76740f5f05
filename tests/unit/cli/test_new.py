"""./tfn new writes a template the style checks accept, and refuses what
would go wrong."""

import subprocess
import sys
from pathlib import Path

import pytest

from tfnotes import formatting
from tfnotes.cli import main

REPO = Path(__file__).resolve().parents[3]
RUFF = str(Path(sys.executable).with_name("ruff"))

def test_new_writes_a_formatted_seeded_template(project, capsys):
    assert main.main(["new", "p/units"]) == 0
    path = project / "snippets" / "p" / "units.py"
    code = path.read_text()
    assert "np.random.seed(0)" in code and "tf.random.set_seed(0)" in code
    assert max(len(line) for line in code.splitlines()) <= 72
    config = REPO / "pyproject.toml"
    assert formatting.ruff_format(code, RUFF, config) == code, "the template is not ruff-formatted"
    lint = subprocess.run([RUFF, "check", "--config", str(config), "--no-cache", str(path)],
                          capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout
    out = capsys.readouterr().out
    assert '```python title="p/units.py"\n--8<-- "p/units.py"\n```' in out
    assert "./tfn update snippets/p/units.py" in out


def test_new_refuses_to_overwrite(project, capsys):
    assert main.main(["new", "p/a"]) == 2
    assert "snippets/p/a.py already exists" in capsys.readouterr().err
    assert (project / "snippets" / "p" / "a.py").read_text() == "print(1)\n"


def test_new_refuses_a_missing_page_and_names_those_near_it(project, capsys):
    (project / "docs" / "layers").mkdir()
    (project / "docs" / "layers" / "dense.md").write_text("# Dense\n")
    assert main.main(["new", "layers/dens/units"]) == 2
    err = capsys.readouterr().err
    assert "docs/layers/dens.md does not exist" in err and "docs/layers/dense.md" in err
    assert not (project / "snippets" / "layers").exists()


@pytest.mark.parametrize("spec, message", [
    ("units", "name the snippet PAGE/NAME"),
    ("p/Units", "lower case letters"),
    ("p/a_keras3", "is a Keras 3 variant"),
    ("p/numpy", "the name of a module"),
])
def test_new_refuses_bad_names(project, capsys, spec, message):
    assert main.main(["new", spec]) == 2
    assert message in capsys.readouterr().err
