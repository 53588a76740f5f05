"""tfnotes.site.pipblock: the marker replaced by a bash block of the
lines, at the marker's indentation (inside an admonition)."""

from pathlib import Path

from tests.unit.paste import project
from tfnotes.site import pipblock


def test_the_marker_becomes_one_line_per_world(tmp_path):
    root = project.make(tmp_path, {}, {})
    page = '!!! note "x"\n    Before:\n\n    <!-- pip: matplotlib -->\n\nafter\n'
    assert pipblock.with_pip_lines(page, root, "docs/p.md") == (
        '!!! note "x"\n    Before:\n\n'
        "    ```bash\n"
        "    pip install tensorflow-cpu==2.4.4 protobuf==3.20.3 matplotlib==3.6.3  # TF 2.4, Python 3.8\n"
        "    pip install tensorflow-cpu==2.21.0 matplotlib==3.11.2  # Keras 3, Python 3.11\n"
        "    ```\n\nafter\n"
    )


def test_a_page_without_marker_is_unchanged():
    assert (
        pipblock.with_pip_lines(
            "a\n<!-- pipe -->\n", Path("/nowhere"), "docs/p.md"
        )
        == "a\n<!-- pipe -->\n"
    )
