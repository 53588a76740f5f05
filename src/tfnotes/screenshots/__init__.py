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

One module per job: ``shots`` (what is pictured, where), ``logs`` (the
snippet run in the sandbox; its scalar tags), ``server`` (the world's
TensorBoard), ``browser`` (the capture in Chromium), ``png`` (small PNGs,
their text chunks, staleness), ``pictures`` (all of it, for every shot)
and ``__main__`` (the command).
"""

from tfnotes.screenshots.browser import Capture, capture, is_external
from tfnotes.screenshots.logs import scalar_tags, write_logs
from tfnotes.screenshots.pictures import Taken, take
from tfnotes.screenshots.png import (
    META_DIGEST,
    META_SNIPPET,
    META_TAGS,
    META_TENSORBOARD,
    code_digest,
    made_by,
    png_meta,
    small_png,
    stale,
    tensorboard_version,
)
from tfnotes.screenshots.server import Server, TensorBoard, free_port
from tfnotes.screenshots.shots import (
    FIGURES,
    HOST,
    SCHEMES,
    SHOTS,
    ScreenshotError,
    Shot,
)

__all__ = [
    "FIGURES", "HOST", "META_DIGEST", "META_SNIPPET", "META_TAGS", "META_TENSORBOARD",
    "SCHEMES", "SHOTS", "Capture", "ScreenshotError", "Server", "Shot", "Taken",
    "TensorBoard", "capture", "code_digest", "free_port", "is_external", "made_by",
    "png_meta", "scalar_tags", "small_png", "stale", "take", "tensorboard_version",
    "write_logs",
]
