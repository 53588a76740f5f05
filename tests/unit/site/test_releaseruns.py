"""tfnotes.site.releaseruns: each snippet's line across releases, read
from the store, under its fence (inside its tab)."""

import json

from tfnotes.history import releases, snippetstore
from tfnotes.site import releaseruns

PAGE = """# Page

```python
--8<-- "page/a.py"
```

=== "TF 2.4"

    ```python
    --8<-- "page/b.py"
    ```
"""


def _store(root, outcomes):
    for name in releases.NAMES:
        path = snippetstore.path_for(name, root)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"release": name, "snippets": outcomes(name)}))


def test_the_line_goes_under_each_fence_at_its_indentation():
    line_of = {"page/a.py": "<p>A</p>", "page/b.py": "<p>B</p>"}
    found = releaseruns.with_lines(PAGE, line_of)
    lines = found.splitlines()
    assert lines[lines.index("```") + 2] == "tfn-releases-0"
    assert lines[lines.index("    ```") + 2] == "    tfn-releases-1"
    assert releaseruns.with_lines(PAGE, {}) == PAGE
    # As Markdown renders the markers, each becomes its line.
    built = "<pre>a</pre>\n<p>tfn-releases-0</p>\n<pre>b</pre><p>tfn-releases-1</p>"
    assert releaseruns.fill(built, line_of) == "<pre>a</pre>\n<p>A</p>\n<pre>b</pre><p>B</p>"
    assert releaseruns.fill("<p>text</p>", line_of) == "<p>text</p>"


def test_lines_per_version_from_the_store(tmp_path):
    page = tmp_path / "snippets" / "page"
    page.mkdir(parents=True)
    for name in ("a.py", "b.py", "b_keras3.py"):
        (page / name).write_text("print(1)\n")
    broken = {"outcome": "breaks", "line": 2, "error": "ImportError: <no> & more"}

    def outcomes(release):
        same = {"outcome": "same"}
        return {"page/a.py": broken if release == releases.NAMES[-1] else same,
                "page/b.py": same, "page/b_keras3.py": same}

    _store(tmp_path, outcomes)
    found = releaseruns.lines(tmp_path)
    assert found["page/b.py"].startswith('<p class="tfn-releases" data-search-exclude>Runs unchanged on TF %s' % releases.NAMES[0])
    assert "Keras" not in found["page/b.py"]
    assert found["page/b_keras3.py"].startswith('<p class="tfn-releases" data-search-exclude>Runs unchanged on Keras 3.')
    assert "<code>ImportError: &lt;no&gt; &amp; more</code>" in found["page/a.py"]
    assert "Runs unchanged on TF" in found["page/a.py"]
