"""``python -m tfnotes.screenshots`` (the tools world's Python; ``./tfn
update`` and ``./tfn screenshots`` run it): retake every shot into
``docs/figures/tensorboard/`` and say what was written."""

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Sequence

from tfnotes import chromium
from tfnotes.screenshots.pictures import take
from tfnotes.screenshots.shots import FIGURES, HOST, ScreenshotError


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
