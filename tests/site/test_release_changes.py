"""The built site's ``history.json`` and its page "Release by release":
the published data is the committed data, and the page shows what
:mod:`tfnotes.history.changes` computes from it (facts the issue names,
checked against the data, not typed into the page)."""

import html
import json
import re
from pathlib import Path
from typing import List, Tuple

import pytest

from tfnotes.history import changes, releases, summary
from tfnotes.site import releasepage

MARKS = {"kwargs", "ignored", "rejected"}


@pytest.fixture(scope="module")
def history(project):
    return json.loads((project / summary.FILE).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page(site: Path) -> str:
    return (site / "releases" / "index.html").read_text(encoding="utf-8")


def section(page: str, release: str) -> str:
    """The HTML of one release's section (its heading to the next)."""
    found = re.search(r'<h2 id="%s".*?(?=<h2 |</article>)' % releasepage.anchor(release), page, re.S)
    assert found, "no section #%s on the page" % releasepage.anchor(release)
    return found.group(0)


def rows(page: str, release: str, kind: str) -> List[Tuple[str, ...]]:
    """The rows of one release's collapsed list of ``kind``, as text."""
    found = re.search(r'<details[^>]*data-kind="%s".*?</details>' % re.escape(kind),
                      section(page, release), re.S)
    if not found:
        return []
    body = found.group(0).split("<tbody>", 1)[1]
    return [tuple(html.unescape(re.sub(r"<[^>]+>", "", cell)) for cell in re.findall(r"<td>(.*?)</td>", row))
            for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


def test_history_json_is_the_committed_one(project, site):
    assert (site / "history.json").read_bytes() == (project / summary.FILE).read_bytes()


def test_history_json_has_the_issues_shape(site):
    published = json.loads((site / "history.json").read_text(encoding="utf-8"))
    assert published["releases"] == list(releases.NAMES)
    order = {name: n for n, name in enumerate(published["releases"])}
    bad = []
    for api, args in published["apis"].items():
        assert api.startswith("tf.keras"), api
        for arg, runs in args.items():
            for run in runs:
                ok = (len(run) in (3, 4) and order[run[0]] <= order[run[1]]
                      and (len(run) == 3 or run[3] in MARKS))
                bad += [] if ok else ["%s(%s): %r" % (api, arg, run)]
    assert not bad, "runs not in the shape [first, last, default(, mark)]:\n" + "\n".join(bad[:20])


def test_every_release_has_its_section_and_its_notes(page):
    for release in releases.RELEASES[1:]:
        title, url = releasepage.notes(release)
        assert 'href="%s"' % url in section(page, release.name), release.name


def test_adam_lr_is_ignored_from_2_11(page, history):
    lr = changes.by_release(history["apis"]["tf.keras.optimizers.Adam"]["lr"], history["releases"])
    assert (lr["2.10"][1], lr["2.11"][1]) == ("kwargs", "ignored")
    assert ("tf.keras.optimizers.Adam", "lr", "**kwargs", "ignored") in rows(page, "2.11", "fates changed")


def test_predict_classes_is_removed_in_2_6(page, history):
    removed = [row[0] for row in rows(page, "2.6", "APIs removed")]
    assert "tf.keras.Sequential.predict_classes" in removed
    assert history["present"]["tf.keras.Sequential.predict_classes"][-1][1] == "2.5"


def test_the_counts_shown_are_the_generators(page, history):
    computed = {c.release: c for c in changes.release_changes(history)}["3.0"]
    number = len(computed.defaults)
    assert number and len(rows(page, "3.0", "defaults changed")) == number
    assert "Defaults changed: %d</summary>" % number in section(page, "3.0")
    assert '<th data-kind="defaults changed">%d</th>' % number in section(page, "3.0")


def test_metric_reset_state_is_added_in_2_5_and_reset_states_removed_in_3_0(page, history):
    """The rename users found missing from the changelog, seen only
    because the walker lists the methods of the bases (Metric's)."""
    metric = "tf.keras.metrics.Metric"
    assert (metric + ".reset_state") in [row[0] for row in rows(page, "2.5", "APIs added")]
    assert history["present"][metric + ".reset_state"][0] == ["2.5", "2.15"]
    removed = dict(row[:2] for row in rows(page, "3.0", "APIs removed"))
    assert removed.get(metric + ".reset_states") == metric + ".reset_state"
    assert history["present"][metric + ".reset_states"] == [["2.4", "2.15"]]
