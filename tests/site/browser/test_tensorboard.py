"""The TensorBoard page's screenshots: each world's real TensorBoard, on
127.0.0.1, showing what the page's snippet logged, and nothing fetched
from elsewhere; and the committed pictures still match what makes them.

The pictures are taken into a temporary folder by the very code that
``./tfn update`` runs (``tfnotes.screenshots``); the committed ones are
never overwritten here.
"""

import functools
import html
import re
import shutil
import struct
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tfnotes import locks, screenshots
from tfnotes.screenshots import SCHEMES, SHOTS

# Its tests share a module fixture: pytest-xdist keeps them on one worker.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("tensorboard")]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_BYTES = 150_000
BY_LABEL = {shot.label: shot for shot in SHOTS}


def png_size(data: bytes):
    """(width, height) from a PNG's IHDR chunk."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG (starts with %r)" % data[:8]
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def taken(browser, tmp_path_factory):
    """Both worlds' pictures, taken now into a temporary folder."""
    folder = tmp_path_factory.mktemp("tensorboard-screenshots")
    try:
        return {one.shot.label: one for one in screenshots.take(browser, folder)}
    except screenshots.ScreenshotError as exc:
        pytest.fail("taking the TensorBoard screenshots failed: %s" % exc, pytrace=False)


@pytest.mark.parametrize("label", sorted(BY_LABEL))
def test_tensorboard_shows_the_logged_scalars_without_leaving_the_machine(taken, label, project):
    one = taken[label]
    shot = one.shot
    where = "%s (%s)" % (label, shot.snippet().display)
    # The snippet logged what the page says: epoch_loss in train/ and validation/.
    for run in ("train", "validation"):
        assert "epoch_loss" in one.tags.get(run, []), "%s: no epoch_loss in logs/%s: %s" % (where, run, one.tags)
    # The world's own TensorBoard answered, on this machine only.
    assert one.server.url.startswith("http://127.0.0.1:"), one.server.url
    assert one.server.version == screenshots.tensorboard_version(shot.world, project), (
        "%s: TensorBoard %s answered, the lock pins %s" % (
            where, one.server.version, screenshots.tensorboard_version(shot.world, project)))
    assert [c.scheme for c in one.captures] == list(SCHEMES)
    for capture in one.captures:
        what = "%s, %s scheme" % (where, capture.scheme)
        assert capture.external == [], "%s: requests to other hosts: %s" % (what, capture.external)
        assert capture.requests, "%s: no request recorded" % what
        off = [u for u in capture.requests if screenshots.is_external(u)]
        assert not off, "%s: requests off the machine: %s" % (what, off)
        # The dashboard fetched the scalars it drew from this TensorBoard.
        assert any("/data/plugin/scalars/" in u for u in capture.requests), (
            "%s: the page never asked TensorBoard for scalars: %s" % (what, capture.requests))
        assert capture.seconds < 30, "%s: the tags took %.1f s to show" % (what, capture.seconds)
        # A picture of sane size, saved where it was asked to go.
        path = one.png(capture.scheme)
        assert path.parent != screenshots.FIGURES, "the test wrote into %s" % screenshots.FIGURES
        assert path.read_bytes() == capture.png, "%s: %s is not the picture taken" % (what, path)
        width, height = png_size(capture.png)
        assert 500 <= width <= 1280 and 400 <= height <= 1000, "%s: %dx%d px" % (what, width, height)
        assert 5_000 < len(capture.png) < MAX_BYTES, "%s: %d bytes" % (what, len(capture.png))
        meta = screenshots.png_meta(path)
        assert meta[screenshots.META_DIGEST] == screenshots.code_digest(shot.snippet()), what


def test_the_two_schemes_are_two_pictures(taken):
    """TensorBoard follows the browser's colour scheme: the dark picture is
    not the light one again."""
    for label, one in taken.items():
        light, dark = (c.png for c in one.captures)
        assert light != dark, "%s: the light and dark screenshots are the same" % label


# --- the guard itself -----------------------------------------------------------

FAKE_DASHBOARD = """<!doctype html><title>fake</title>
<div>epoch_loss</div><div>train</div><div>validation</div>
<tf-scalar-card style="display:block;width:320px;height:240px">
  <vz-line-chart2><svg width="300" height="200"><path class="line" d="M0 0L300 200"
    stroke="black"></path></svg></vz-line-chart2>
</tf-scalar-card>
<img alt="" src="http://203.0.113.7/font.woff2">
"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base's name
        pass


def test_a_request_off_the_machine_is_aborted_and_recorded(browser, tmp_path):
    """The check could fail: a page on 127.0.0.1 that asks for another host
    gets its request aborted and listed (take() then fails the run)."""
    (tmp_path / "index.html").write_text(FAKE_DASHBOARD)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = "http://127.0.0.1:%d/" % server.server_address[1]
        got = screenshots.capture(browser, screenshots.Server(url, "fake", 0),
                                  {"train": ["epoch_loss"], "validation": ["epoch_loss"]}, "light", timeout=10)
    finally:
        server.shutdown()
        server.server_close()
    assert got.external == ["http://203.0.113.7/font.woff2"], got.external
    assert got.png[:8] == PNG_SIGNATURE


def test_a_missing_tag_fails_with_its_name(browser, tmp_path):
    (tmp_path / "index.html").write_text(FAKE_DASHBOARD.replace("http://203.0.113.7/", ""))
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = "http://127.0.0.1:%d/" % server.server_address[1]
        with pytest.raises(screenshots.ScreenshotError, match="scalar tag 'epoch_accuracy' did not appear"):
            screenshots.capture(browser, screenshots.Server(url, "fake", 0),
                                {"train": ["epoch_accuracy"]}, "light", timeout=2)
    finally:
        server.shutdown()
        server.server_close()


# --- the committed pictures and the page ------------------------------------------


def test_committed_screenshots_match_their_snippet_and_tensorboard(project):
    """Each world's committed PNGs (light and dark) exist, are small PNGs,
    and were taken from the snippet's current code with the TensorBoard
    its lock pins; otherwise ./tfn update (or ./tfn screenshots) retakes them."""
    folder = project / "docs" / "figures" / "tensorboard"
    problems = []
    for shot in SHOTS:
        problems += screenshots.stale(shot, folder, project)
        for path in shot.pngs(folder):
            if path.is_file():
                data = path.read_bytes()
                png_size(data)
                if len(data) >= MAX_BYTES:
                    problems.append("%s: %d bytes, keep it under %d" % (path.name, len(data), MAX_BYTES))
    assert not problems, "stale TensorBoard screenshots (run ./tfn screenshots):\n  " + "\n  ".join(problems)


def test_a_changed_snippet_or_tensorboard_makes_the_committed_screenshots_stale(project, tmp_path):
    """The staleness check could fail: the same pictures, next to a snippet
    whose code changed or a lock that pins another TensorBoard."""
    root = tmp_path / "project"
    shot = BY_LABEL["TF 2.4"]
    for rel in [shot.snippet(project).path.relative_to(project), Path(shot.world.lock)] + [
            p.relative_to(project) for p in shot.pngs(project / "docs" / "figures" / "tensorboard")]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(str(project / rel), str(root / rel))
    folder = root / "docs" / "figures" / "tensorboard"
    assert screenshots.stale(shot, folder, root) == []
    snippet = shot.snippet(root).path
    snippet.write_text(snippet.read_text().replace("epochs=2", "epochs=3"))
    problems = screenshots.stale(shot, folder, root)
    assert len(problems) == 2 and all(screenshots.META_DIGEST in p for p in problems), problems
    snippet.write_text((project / "snippets" / shot.base).read_text() + "#> an output is no code\n")
    assert screenshots.stale(shot, folder, root) == []
    lock = root / shot.world.lock
    lock.write_text(locks.with_pin(lock.read_text(), "tensorboard", "9.9.9"))
    assert any("'9.9.9'" in p for p in screenshots.stale(shot, folder, root))


def _tab_bodies(markdown: str, label: str) -> str:
    """The indented bodies of every content tab ``=== "label"``."""
    return "".join(re.findall(r'^=== "%s"\n((?:[ \t]*\n|    .*\n)+)' % re.escape(label), markdown, re.M))


@pytest.mark.parametrize("label", sorted(BY_LABEL))
def test_the_page_shows_each_screenshot_in_its_tab_with_alt_text(label, docs, site):
    shot = BY_LABEL[label]
    body = _tab_bodies((docs / "tensorboard.md").read_text(encoding="utf-8"), label)
    assert body, 'docs/tensorboard.md has no === "%s" tab' % label
    built = (site / "tensorboard" / "index.html").read_text(encoding="utf-8")
    for scheme in SCHEMES:
        name = shot.png(scheme).name
        suffix = "#only-light" if scheme == "light" else "#only-dark"
        image = re.search(r"!\[([^\]]*)\]\(figures/tensorboard/%s%s\)" % (re.escape(name), suffix), body)
        assert image, 'docs/tensorboard.md: no ![alt](figures/tensorboard/%s%s) in the "%s" tab' % (
            name, suffix, label)
        assert len(image.group(1).split()) >= 5, "docs/tensorboard.md: the alt text of %s says too little" % name
        tag = re.search(r'<img\b[^>]*src="[^"]*%s%s"[^>]*>' % (re.escape(name), suffix), built)
        assert tag, "site/tensorboard/index.html: no <img> of %s" % name
        alt = re.search(r'\balt="([^"]*)"', tag.group(0))
        assert alt and html.unescape(alt.group(1)) == image.group(1), (
            "site/tensorboard/index.html: %s lost its alt text" % name)
        assert (site / "figures" / "tensorboard" / name).is_file(), "the build did not copy %s" % name
