"""A world's own TensorBoard over the logs, on 127.0.0.1 and a free port."""

import contextlib
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from tfnotes.screenshots.shots import HOST, ScreenshotError, Shot


@dataclass
class Server:
    url: str  # http://127.0.0.1:PORT/
    version: str  # what TensorBoard says it is, e.g. 2.11.2
    pid: int


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
