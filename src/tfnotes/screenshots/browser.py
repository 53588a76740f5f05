"""The picture: TensorBoard's Scalars dashboard in Chromium (through
Playwright), in one colour scheme, once every run and tag is drawn; every
request recorded, and one to a host other than 127.0.0.1 aborted."""

import time
from dataclasses import dataclass, field
from typing import Dict, List, Sequence

from tfnotes.chromium import is_external
from tfnotes.screenshots.server import Server
from tfnotes.screenshots.shots import ScreenshotError

# A laptop screen; the picture is then cut to the part that shows the runs
# and the charts.
VIEWPORT = {"width": 1280, "height": 1000}
# With two points per curve, TensorBoard's default smoothing (0.6) and its
# outlier clipping hide most of each line; a reader switches both off.
DASHBOARD = "#scalars&_smoothingWeight=0"
SETTINGS_SCRIPT = "try { localStorage.setItem('_ignoreYOutliers', 'false') } catch (e) {}"


@dataclass
class Capture:
    """One screenshot and what the page did while it was taken."""

    scheme: str
    png: bytes
    requests: List[str] = field(default_factory=list)  # every URL, in order
    external: List[str] = field(default_factory=list)  # aborted: not 127.0.0.1
    seconds: float = 0.0  # from opening the page to the tags drawn


def _wait_visible(page, text: str, deadline: float, what: str) -> None:
    left = max(deadline - time.monotonic(), 0.1)
    try:
        page.get_by_text(text, exact=True).first.wait_for(state="visible", timeout=left * 1000)
    except Exception:  # noqa: BLE001 - Playwright's TimeoutError; say what is missing
        raise ScreenshotError("%s %r did not appear in TensorBoard's Scalars dashboard" % (what, text)) from None


def _charts_drawn(page) -> bool:
    """Every chart on the page has drawn at least one line."""
    charts = page.locator("vz-line-chart2")
    count = charts.count()
    return count > 0 and all(charts.nth(i).locator("path.line").count() > 0 for i in range(count))


def _boxes(page, locator) -> List[dict]:
    """Bounding boxes of what ``locator`` matches now (no waiting)."""
    found = (locator.nth(i).bounding_box() for i in range(locator.count()))
    return [box for box in found if box]


def _clip(page, tags: Sequence[str]) -> dict:
    """The top-left part that shows the header, the runs and every chart
    and tag title, with a margin; not the empty width to the right."""
    boxes = _boxes(page, page.locator("tf-scalar-card")) + _boxes(page, page.locator("tf-runs-selector"))
    for text in tags:
        # A tag's title spans its pane's full width: count its height only.
        boxes += [dict(box, width=1) for box in _boxes(page, page.get_by_text(text, exact=True))]
    right = max(b["x"] + b["width"] for b in boxes) + 24
    bottom = max(b["y"] + b["height"] for b in boxes) + 16
    return {"x": 0, "y": 0, "width": min(right, VIEWPORT["width"]), "height": min(bottom, VIEWPORT["height"])}


def capture(browser, server: Server, tags: Dict[str, List[str]], scheme: str,
            timeout: float = 30) -> Capture:
    """Open the Scalars dashboard in ``scheme``, wait until every run and
    tag of ``tags`` is shown and every chart drawn, and take the picture."""
    context = browser.new_context(viewport=VIEWPORT, color_scheme=scheme, device_scale_factor=1)
    shot = Capture(scheme, b"")

    def abort(route):
        shot.external.append(route.request.url)
        route.abort()

    try:
        context.set_default_timeout(timeout * 1000)
        context.add_init_script(SETTINGS_SCRIPT)
        context.on("request", lambda request: shot.requests.append(request.url))
        context.route(is_external, abort)
        page = context.new_page()
        start = time.monotonic()
        deadline = start + timeout
        page.goto(server.url + DASHBOARD)
        every_tag = sorted({t for run_tags in tags.values() for t in run_tags})
        for tag in every_tag:
            _wait_visible(page, tag, deadline, "scalar tag")
        for run in tags:
            _wait_visible(page, run, deadline, "run")
        while not _charts_drawn(page):
            if time.monotonic() > deadline:
                raise ScreenshotError("TensorBoard showed the tags but drew no line in %d s" % timeout)
            page.wait_for_timeout(100)
        page.wait_for_load_state("networkidle")
        shot.seconds = time.monotonic() - start
        page.evaluate("document.fonts.ready.then(() => true)")
        shot.png = page.screenshot(clip=_clip(page, every_tag), animations="disabled")
    finally:
        context.close()
    return shot
