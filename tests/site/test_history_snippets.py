"""The snippets' runs on every release (data/history/snippets/): each
release's file there, sealed by the runner's code, the release's lock and
the extra packages' lock, every snippet of its version run from its
current source; the line each snippet shows on its page; and the
per-push check: one release, chosen by the commit as for the extraction
(test_history_data.py), its snippets all re-run, must give the committed
outcomes (``./tfn history --verify-snippets RELEASE`` does the same)."""

import time

import pytest

from tfnotes import includes
from tfnotes.cli import history as history_cli
from tfnotes.cli import historysnippets
from tfnotes.history import releases, snippetstore
from tfnotes.site import releaseruns


@pytest.mark.parametrize("release", releases.RELEASES, ids=lambda r: r.name)
def test_every_snippet_is_stored_and_sealed(release):
    problems = snippetstore.problems(release)
    assert not problems, "\n".join(problems)


def test_every_included_snippet_shows_its_line(project, docs, site):
    """Under each snippet of a built page (in each of its tabs), its line
    as the store says."""
    line_of = releaseruns.lines(project)
    # Where mkdocs (use_directory_urls) writes a page; index.md is the
    # folder's own index.html.
    built_page = {}
    for inc in includes.includes(docs):
        rel = inc.page.relative_to(docs).with_suffix("")
        built_page[inc.page] = site / (rel.parent if rel.name == "index" else rel) / "index.html"
    missing = []
    pages = {}
    for inc in includes.includes(docs):
        if not inc.file.endswith(".py"):
            continue  # a page's text included (the benchmarks' results)
        built = built_page[inc.page]
        if built not in pages:
            pages[built] = built.read_text(encoding="utf-8")
        if inc.file not in line_of or line_of[inc.file] not in pages[built]:
            missing.append("%s: no line across releases under %s" % (built.relative_to(project), inc.file))
    assert pages, "no page includes a snippet: nothing was checked"
    assert not missing, "\n".join(missing)


def test_the_rotating_release_re_runs_its_snippets_as_committed(capsys):
    commit = history_cli.head()
    chosen = history_cli.rotating(commit)
    began = time.perf_counter()
    found = historysnippets.differences(chosen)
    with capsys.disabled():
        print("\nrelease %s (chosen by HEAD %s): its snippets re-run in %.1f s"
              % (chosen.name, commit[:12], time.perf_counter() - began))
    assert not found, ("release %s (chosen by HEAD %s): the snippets no longer run as "
                       "committed; if the new outcomes are right, run ./tfn history --snippets %s:\n%s"
                       % (chosen.name, commit[:12], chosen.name, "\n".join(found)))
