"""Reading what a requirements file pins: hashed locks as uv writes them,
``*.in`` lines with extras and markers, names in any spelling."""

from tfnotes import locks

LOCK = """\
# locked from tools.in sha256:00
absl-py==2.5.1 \\
    --hash=sha256:286e71c82c1a38e75bbcf185f9b37d0305ad7786535107cb49bf4df9ff2e1f95
    # via
    #   tensorflow-cpu
tensorboard==2.20.0 \\
    --hash=sha256:9dc9f978cb84c0723acf9a345d96c184f0293d18f166bb8d59ee098e6cfaaba6
    # via -r requirements/tools.in
Tensorflow_CPU==2.21.0 ; python_version >= "3.11" \\
    --hash=sha256:ab
mkdocstrings[python]==0.30.1
"""


def test_pins_of_a_hashed_lock():
    assert locks.pins(LOCK) == {
        "absl-py": "2.5.1",
        "tensorboard": "2.20.0",
        "tensorflow-cpu": "2.21.0",
        "mkdocstrings": "0.30.1",
    }


def test_pinned_takes_the_first_name_present(tmp_path):
    path = tmp_path / "tools.txt"
    path.write_text(LOCK)
    assert locks.pinned(path, "tensorflow", "tensorflow-cpu") == "2.21.0"
    assert locks.pinned(path, "tensorflow_cpu") == "2.21.0"
    assert locks.pinned(path, "keras") is None


def test_a_requirement_without_pin_is_not_a_pin():
    assert locks.pins("pytest\nmkdocs>=1.6\n# tensorflow==2.4.4\n") == {}


def test_with_pin_changes_the_version_and_keeps_the_hashes():
    changed = locks.with_pin(LOCK, "tensorboard", "9.9.9")
    assert locks.pins(changed)["tensorboard"] == "9.9.9"
    assert locks.pins(changed)["absl-py"] == "2.5.1"
    assert changed.count("--hash=") == LOCK.count("--hash=")
    assert "tensorboard==9.9.9 \\\n" in changed


def test_required_by_reads_both_via_forms():
    assert locks.required_by(LOCK) == {
        "absl-py": ["tensorflow-cpu"],
        "tensorboard": ["-r requirements/tools.in"],
        "tensorflow-cpu": [],
        "mkdocstrings": [],
    }


def test_closure_is_what_a_package_brings_along():
    text = LOCK + "numpy==2.0 \\\n    --hash=sha256:00\n    # via\n    #   absl-py\n    #   pandas\n"
    assert locks.closure(text, "TensorFlow_CPU") == {"tensorflow-cpu", "absl-py", "numpy"}
    assert locks.closure(text, "tensorboard") == {"tensorboard"}
