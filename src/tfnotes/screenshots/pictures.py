"""Every shot's pictures, start to end: the logs, the TensorBoards, and
the captures in both schemes written as small PNGs."""

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Sequence

from tfnotes.screenshots.browser import Capture, capture
from tfnotes.screenshots.logs import scalar_tags, write_logs
from tfnotes.screenshots.png import META_TAGS, made_by, small_png
from tfnotes.screenshots.server import Server, TensorBoard
from tfnotes.screenshots.shots import (
    SCHEMES,
    SHOTS,
    ScreenshotError,
    Shot,
)


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
                    one.png = small_png(one.png, dict(
                        made_by(snippet, server.version),
                        **{META_TAGS: json.dumps(tags, sort_keys=True)}))
                    folder.mkdir(parents=True, exist_ok=True)
                    shot.png(scheme, folder).write_bytes(one.png)
                    captures.append(one)
                taken.append(Taken(shot, tags, server, captures, folder))
        finally:
            for board in boards:
                board.stop()
    return taken
