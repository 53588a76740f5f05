"""Screenshots of the real TensorBoard for docs/tensorboard.md, one per world.

For each world (TF 2.4, and the newest TensorFlow with Keras 3) this runs
the page's logging snippet with that world's Python in a fresh folder, so
that its event files land in ``logs/`` there; starts that world's own
``tensorboard --logdir logs`` on 127.0.0.1; opens its Scalars dashboard in
Debian's Chromium through Playwright, in the light and the dark colour
scheme (TensorBoard follows the browser's); waits until every scalar tag
and run of the event files is drawn; and saves a PNG of the part that
shows them. Every request the page makes is recorded; one to a host other
than 127.0.0.1 is aborted at once and fails the run.

Each PNG records the snippet's code digest and the TensorBoard version it
was taken with (PNG text chunks), so a test can tell when the committed
pictures no longer match the snippet or the world.

``python -m tfnotes.screenshots`` (the tools world's Python; ``./tfn update``
runs it) rewrites ``docs/figures/tensorboard/scalars-*.png``.
"""

import argparse
import contextlib
import hashlib
import io
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence
from urllib.parse import urlsplit

from tfnotes import chromium, locks
from tfnotes.envs import ROOT, TF24, TOOLS, World
from tfnotes.harness import sandbox
from tfnotes.snippet import Snippet

FIGURES = ROOT / "docs" / "figures" / "tensorboard"
HOST = "127.0.0.1"
# A laptop screen; the picture is then cut to the part that shows the runs
# and the charts.
VIEWPORT = {"width": 1280, "height": 1000}
SCHEMES = ("light", "dark")
# With two points per curve, TensorBoard's default smoothing (0.6) and its
# outlier clipping hide most of each line; a reader switches both off.
DASHBOARD = "#scalars&_smoothingWeight=0"
SETTINGS_SCRIPT = "try { localStorage.setItem('_ignoreYOutliers', 'false') } catch (e) {}"
# PNG text chunks that tie a picture to what made it.
META_SNIPPET = "tfnotes:snippet"
META_DIGEST = "tfnotes:snippet-sha256"
META_TENSORBOARD = "tfnotes:tensorboard"
META_TAGS = "tfnotes:scalar-tags"


class ScreenshotError(Exception):
    """A step failed; the message names the world, the snippet and the fix."""


@dataclass(frozen=True)
class Shot:
    """One world's picture: whose snippet, which TensorBoard, which files."""

    world: World
    label: str  # the page's tab: "TF 2.4" or "Keras 3"
    stem: str  # scalars-tf24 -> scalars-tf24.png and scalars-tf24-dark.png
    base: str = "tensorboard/logged_values.py"  # under snippets/

    @property
    def keras3(self) -> bool:
        return self.world is TOOLS

    def snippet(self, root: Path = ROOT) -> Snippet:
        """The file this world runs: the base, or on Keras 3 its variant."""
        base = Snippet(root, self.base)
        return base.variant if self.keras3 and base.has_variant else base

    def png(self, scheme: str, folder: Path = FIGURES) -> Path:
        return folder / ("%s%s.png" % (self.stem, "" if scheme == "light" else "-" + scheme))

    def pngs(self, folder: Path = FIGURES) -> List[Path]:
        return [self.png(scheme, folder) for scheme in SCHEMES]


SHOTS = (
    Shot(TF24, "TF 2.4", "scalars-tf24"),
    Shot(TOOLS, "Keras 3", "scalars-keras3"),
)


@dataclass
class Capture:
    """One screenshot and what the page did while it was taken."""

    scheme: str
    png: bytes
    requests: List[str] = field(default_factory=list)  # every URL, in order
    external: List[str] = field(default_factory=list)  # aborted: not 127.0.0.1
    seconds: float = 0.0  # from opening the page to the tags drawn


@dataclass
class Server:
    url: str  # http://127.0.0.1:PORT/
    version: str  # what TensorBoard says it is, e.g. 2.11.2
    pid: int


def code_digest(snippet: Snippet) -> str:
    """SHA-256 of the snippet's code, its ``#>`` outputs aside."""
    from tfnotes.harness import outputs

    return hashlib.sha256(outputs.strip(snippet.source()).encode("utf-8")).hexdigest()


def is_external(url: str) -> bool:
    """True for a network URL whose host is not 127.0.0.1."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "ws", "wss", "ftp"):
        return False
    return parts.hostname != HOST


# ------------------------------------------------------------------ the logs


def _snippet_env() -> dict:
    return dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2", PYTHONDONTWRITEBYTECODE="1")


def write_logs(shots: Sequence[Shot], workdirs: Sequence[Path], timeout: float = 120) -> List[Path]:
    """Run each shot's snippet with its world's Python in its ``workdir``,
    all at once (the worlds share nothing); returns the ``logs`` folders
    they wrote."""
    running = []
    try:
        for shot, workdir in zip(shots, workdirs):
            snippet = shot.snippet()
            try:
                # In the snippet sandbox, like every snippet run; only
                # its workdir (where it writes the logs) is writable.
                argv, cap = sandbox.command(
                    [str(shot.world.python), str(snippet.path)],
                    readable=[str(snippet.path.parent), str(shot.world.python.parent.parent)],
                    writable=[str(workdir)])
                proc = subprocess.Popen(
                    argv, cwd=str(workdir), env=_snippet_env(), preexec_fn=cap,
                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                )
            except sandbox.SandboxUnavailable as exc:
                raise ScreenshotError(str(exc)) from None
            except OSError as exc:
                raise ScreenshotError("%s on %s: cannot start %s (%s); run ./tfn setup"
                                      % (snippet.display, shot.label, shot.world.python, exc)) from None
            running.append((shot, snippet, workdir, proc))
        deadline = time.monotonic() + timeout
        found = []
        for shot, snippet, workdir, proc in running:
            try:
                output, _ = proc.communicate(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                raise ScreenshotError("%s on %s: did not finish in %d s"
                                      % (snippet.display, shot.label, timeout)) from None
            if proc.returncode != 0:
                tail = "\n".join(output.strip().splitlines()[-15:])
                raise ScreenshotError("%s on %s: exit %d; ./tfn check %s says why:\n%s"
                                      % (snippet.display, shot.label, proc.returncode, snippet.display, tail))
            logs = workdir / "logs"
            if not any(logs.glob("*/events.out.tfevents.*")):
                raise ScreenshotError("%s on %s wrote no event file under logs/<run>/; the screenshot "
                                      "needs the snippet to log with the TensorBoard callback into logs/"
                                      % (snippet.display, shot.label))
            found.append(logs)
        return found
    finally:
        for _, _, _, proc in running:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def scalar_tags(logs: Path) -> Dict[str, List[str]]:
    """``{run: [scalar tag, ...]}`` of the event files under ``logs``, read
    with TensorBoard's own record reader (its TensorFlow-free one, so this
    costs no TensorFlow import), not through its server."""
    from tensorboard.compat.proto import event_pb2
    from tensorboard.compat.tensorflow_stub import (
        errors,
        pywrap_tensorflow,
    )

    found: Dict[str, set] = {}
    for path in sorted(logs.glob("*/events.out.tfevents.*")):
        tags = found.setdefault(path.parent.name, set())
        reader = pywrap_tensorflow.PyRecordReader_New(str(path))
        while True:
            try:
                reader.GetNext()
            except errors.OutOfRangeError:
                break
            for value in event_pb2.Event.FromString(reader.record()).summary.value:
                if value.HasField("simple_value") or value.metadata.plugin_data.plugin_name == "scalars":
                    tags.add(value.tag)
    return {run: sorted(tags) for run, tags in sorted(found.items()) if tags}


# ------------------------------------------------------------------ TensorBoard


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _environment(url: str) -> Optional[dict]:
    try:
        with urllib.request.urlopen(url + "data/environment", timeout=2) as response:
            return json.loads(response.read().decode("utf-8"))
    except (OSError, ValueError, urllib.error.URLError):
        return None


class TensorBoard:
    """A world's ``tensorboard --logdir logs`` on 127.0.0.1 and a free
    port, run from the folder that holds ``logs`` (so it shows the path a
    reader types), in a process group of its own that :meth:`stop` ends."""

    def __init__(self, shot: Shot, logs: Path):
        exe = shot.world.bin("tensorboard")
        if not os.path.exists(exe):
            raise ScreenshotError("%s: no %s; tensorboard belongs in that world's requirements, "
                                  "then ./tfn setup" % (shot.label, exe))
        self.label = shot.label
        self.port = free_port()
        self.url = "http://%s:%d/" % (HOST, self.port)
        self.cmd = [exe, "--logdir", logs.name, "--host", HOST, "--port", str(self.port), "--load_fast=false"]
        self.log = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(self.cmd, cwd=str(logs.parent), stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)

    def ready(self, timeout: float = 60) -> Server:
        """Wait until it answers; its version as it reports it."""
        deadline = time.monotonic() + timeout
        while True:
            environment = _environment(self.url)
            if environment is not None:
                return Server(self.url, str(environment.get("version", "?")), self.proc.pid)
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.log.seek(0)
                tail = "\n".join(self.log.read().strip().splitlines()[-15:])
                raise ScreenshotError("%s: %s %s within %d s:\n%s" % (
                    self.label, " ".join(self.cmd),
                    "exited (%s)" % self.proc.returncode if self.proc.poll() is not None else "did not answer",
                    timeout, tail))
            time.sleep(0.2)

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
            except ProcessLookupError:
                pass
        self.log.close()


# ------------------------------------------------------------------ the browser


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


# ------------------------------------------------------------------ the PNG


def small_png(png: bytes, meta: Dict[str, str]) -> bytes:
    """``png`` as a 256-colour PNG (a flat UI loses nothing visible) with
    ``meta`` as text chunks."""
    from PIL import Image, PngImagePlugin

    image = Image.open(io.BytesIO(png)).convert("RGB")
    info = PngImagePlugin.PngInfo()
    for key, value in meta.items():
        info.add_text(key, value)
    out = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        out, format="PNG", optimize=True, pnginfo=info)
    return out.getvalue()


def png_meta(path: Path) -> Dict[str, str]:
    """The text chunks of a PNG."""
    from PIL import Image

    with Image.open(str(path)) as image:
        image.load()
        return dict(getattr(image, "text", {}))


def tensorboard_version(world: World, root: Path = ROOT) -> str:
    """The TensorBoard version a world's lock pins ("" when none)."""
    return locks.pinned(root / world.lock, "tensorboard") or ""


def stale(shot: Shot, folder: Path = FIGURES, root: Path = ROOT) -> List[str]:
    """Why the committed pictures of ``shot`` no longer match what makes
    them: one line per problem, empty when they do."""
    snippet = shot.snippet(root)
    wanted = {
        META_SNIPPET: snippet.display,
        META_DIGEST: code_digest(snippet),
        META_TENSORBOARD: tensorboard_version(shot.world, root),
    }
    problems = []
    for path in shot.pngs(folder):
        if not path.is_file():
            problems.append("%s is missing" % path.relative_to(root))
            continue
        meta = png_meta(path)
        for key, value in wanted.items():
            if meta.get(key) != value:
                problems.append("%s: %s is %r, now %r" % (path.relative_to(root), key, meta.get(key), value))
    return problems


# ------------------------------------------------------------------ all of it


@dataclass
class Taken:
    """One world's pictures and how they were made."""

    shot: Shot
    tags: Dict[str, List[str]]  # {run: scalar tags} of its event files
    server: Server
    captures: List[Capture]
    folder: Path

    def png(self, scheme: str) -> Path:
        return self.shot.png(scheme, self.folder)


def take(browser, folder: Path, shots: Sequence[Shot] = SHOTS, timeout: float = 30) -> List[Taken]:
    """Logs, TensorBoard and the pictures in both schemes of every shot,
    written to ``folder``. The snippets run side by side, then the
    TensorBoards start side by side; the browser takes one picture at a
    time. Fails when a page asked for anything off the machine."""
    taken = []
    with tempfile.TemporaryDirectory(prefix="tfnotes-tensorboard-") as work:
        workdirs = [Path(work) / shot.stem for shot in shots]
        for workdir in workdirs:
            workdir.mkdir()
        all_logs = write_logs(shots, workdirs)
        all_tags = [scalar_tags(logs) for logs in all_logs]
        for shot, tags in zip(shots, all_tags):
            if not tags:
                raise ScreenshotError("%s on %s logged no scalar" % (shot.snippet().display, shot.label))
        boards = []
        try:
            for shot, logs in zip(shots, all_logs):
                boards.append(TensorBoard(shot, logs))
            servers = [board.ready() for board in boards]
            for shot, tags, server in zip(shots, all_tags, servers):
                snippet = shot.snippet()
                captures = []
                for scheme in SCHEMES:
                    one = capture(browser, server, tags, scheme, timeout)
                    if one.external:
                        raise ScreenshotError(
                            "TensorBoard %s (%s) asked for other hosts; the requests were aborted:\n  %s"
                            % (server.version, shot.label, "\n  ".join(one.external)))
                    one.png = small_png(one.png, {
                        META_SNIPPET: snippet.display,
                        META_DIGEST: code_digest(snippet),
                        META_TENSORBOARD: server.version,
                        META_TAGS: json.dumps(tags, sort_keys=True),
                    })
                    folder.mkdir(parents=True, exist_ok=True)
                    shot.png(scheme, folder).write_bytes(one.png)
                    captures.append(one)
                taken.append(Taken(shot, tags, server, captures, folder))
        finally:
            for board in boards:
                board.stop()
    return taken


def main(argv: Sequence[str] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tfnotes.screenshots",
        description="Screenshots of each world's TensorBoard showing the scalars that "
                    "snippets/tensorboard/logged_values.py logs, into docs/figures/tensorboard/.")
    parser.add_argument("--out", type=Path, default=FIGURES, help="folder for the PNGs (default %(default)s)")
    args = parser.parse_args(argv)
    start = time.monotonic()
    try:
        with chromium.launched() as browser:
            taken = take(browser, args.out)
    except (ScreenshotError, chromium.ChromiumNotFound) as exc:
        print("tfn: screenshots FAILED: %s" % exc, file=sys.stderr)
        return 1
    for one in taken:
        for c in one.captures:
            print("tfn: wrote %s (%.0f KB; TensorBoard %s, %s; %d requests, all to %s)" % (
                os.path.relpath(str(one.png(c.scheme))), len(c.png) / 1024, one.server.version,
                one.shot.label, len(c.requests), HOST))
    print("tfn: screenshots taken in %.1f s" % (time.monotonic() - start))
    return 0


if __name__ == "__main__":
    sys.exit(main())
