"""A second hooks file for the benchmark's one untimed dump build: it
writes every page's Markdown as the site's plugin hands it to
Python-Markdown, and the nav the plugin completed, so that the plain
build of measurement 3 (``bench_sites.make_plain_project``) gets the same
pages: the notes' tables, the Keras 3 tabs, the figures, the claims
table, the history cells and the "Release by release" page, which the
plain build has no plugin to add.

Its events run after the plugin's (priority 0), so they see its output.
Where it writes: ``$TFNOTES_BENCH_DUMP``.
"""

import json
import os
from pathlib import Path

from mkdocs.plugins import event_priority

_OUT = Path(os.environ.get("TFNOTES_BENCH_DUMP", "bench-dump"))


@event_priority(-100)
def on_config(config):
    _OUT.mkdir(parents=True, exist_ok=True)
    (_OUT / "nav.json").write_text(json.dumps(config.get("nav")), encoding="utf-8")
    return config


@event_priority(-100)
def on_page_markdown(markdown, page, config, files):
    target = _OUT / "docs" / page.file.src_path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(markdown, encoding="utf-8")
    return markdown
