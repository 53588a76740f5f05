"""tfnotes.piplines: the pip marker read, and each world's line made
from the locks (TensorFlow, its companions, the page's packages)."""

import pytest

from tests.unit.paste import project
from tfnotes import envs, piplines


def _texts(root, names, page="docs/p.md"):
    marker = piplines.Marker(3, "", tuple(names))
    return [line.text for line in piplines.lines_of(root, page, marker)]


def test_a_marker_names_its_packages():
    lines = ["text", "", "    <!-- pip: matplotlib, Theano -->", ""]
    assert piplines.markers("docs/p.md", lines) == [
        piplines.Marker(3, "    ", ("matplotlib", "Theano"))
    ]
    assert piplines.marker_of(
        "docs/p.md", ["<!-- pip -->"]
    ) == piplines.Marker(1, "", ())
    assert (
        piplines.marker_of(
            "docs/p.md", ["<!-- other -->", "pip install x"]
        )
        is None
    )


@pytest.mark.parametrize(
    "lines, said",
    [
        (
            ["<!-- pip: x -->", "", "<!-- pip: y -->"],
            "docs/p.md:3: a second pip marker (the first is on line 1)",
        ),
        (
            ["<!-- pip: -->"],
            "docs/p.md:1: '<!-- pip: -->' names no package",
        ),
    ],
)
def test_bad_markers_name_page_and_line(lines, said):
    with pytest.raises(
        piplines.PipLineError,
        match=said.replace("(", r"\(").replace(")", r"\)"),
    ):
        piplines.markers("docs/p.md", lines)


def test_lines_read_every_version_from_the_locks(tmp_path):
    root = project.make(tmp_path, {}, {})
    assert _texts(root, ["matplotlib"]) == [
        "pip install tensorflow-cpu==2.4.4 protobuf==3.20.3 matplotlib==3.6.3",
        "pip install tensorflow-cpu==2.21.0 matplotlib==3.11.2",
    ]
    line = piplines.line_of(root, envs.TOOLS)
    assert (line.label, line.python, line.extras) == (
        "Keras 3",
        "3.11",
        (),
    )


def test_a_package_goes_only_where_tensorflow_does_not_bring_it(
    tmp_path,
):
    root = project.make(tmp_path, {}, {})
    # Theano: only TF 2.4's lock; tensorboard: TF 2.4 requires it, 2.21 not.
    assert _texts(root, ["Theano"]) == [
        "pip install tensorflow-cpu==2.4.4 protobuf==3.20.3 Theano==1.0.5",
        "pip install tensorflow-cpu==2.21.0",
    ]
    assert (
        _texts(root, ["tensorboard"])[0]
        == "pip install tensorflow-cpu==2.4.4 protobuf==3.20.3"
    )


@pytest.mark.parametrize("name", ["numpy", "pandas"])
def test_a_package_no_world_adds_is_an_error(tmp_path, name):
    root = project.make(tmp_path, {}, {})
    with pytest.raises(
        piplines.PipLineError,
        match="docs/p.md:3: no world's lock .* pins %s" % name,
    ):
        _texts(root, [name])
