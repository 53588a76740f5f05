"""What mkdocs.yml's ``hooks:`` loads: the site's plugin
(:class:`tfnotes.site.plugin.SitePlugin`), its events forwarded.

A hooks file needs no install step (the worlds are shared by every
checkout, so an entry point would name one checkout's code). mkdocs serve
re-reads this file on every rebuild, but not the modules it imports:
they are reloaded here (dependencies first) so an edit to any takes
effect.
"""

import importlib
import sys

for _name in ("tfnotes.snippet", "tfnotes.harness.outputs", "tfnotes.harness.figures",
              "tfnotes.includes", "tfnotes.variants", "tfnotes.argtables",
              "tfnotes.api.counterparts", "tfnotes.api.model", "tfnotes.api.pairing",
              "tfnotes.api.searchtags", "tfnotes.claims.asserts", "tfnotes.claims.ledger", "tfnotes.claims.summary",
              "tfnotes.claims.page",
              "tfnotes.site.render", "tfnotes.site.notes", "tfnotes.site.pages",
              "tfnotes.site.published", "tfnotes.site.search",
              "tfnotes.history.changes", "tfnotes.history.summary",
              "tfnotes.history.snippetstore", "tfnotes.history.snippetsummary",
              "tfnotes.history.packaging_data", "tfnotes.history.packaging_facts",
              "tfnotes.locks", "tfnotes.piplines", "tfnotes.site.pipblock", "tfnotes.site.facts",
              "tfnotes.site.releaseruns", "tfnotes.site.releasepage", "tfnotes.site.plugin"):
    if _name in sys.modules:
        importlib.reload(sys.modules[_name])

from tfnotes.site.plugin import SitePlugin  # noqa: E402

_plugin = SitePlugin()
on_config = _plugin.on_config
on_files = _plugin.on_files
on_page_markdown = _plugin.on_page_markdown
on_page_content = _plugin.on_page_content
on_post_page = _plugin.on_post_page
on_post_build = _plugin.on_post_build
