"""Watch the snippet worker from outside, and replace it when it breaks.

A snippet runs in a warm worker process (:mod:`tfnotes.harness.worker`), so
TensorFlow's import is paid once. Whatever the snippet does, the pytest
process that supervises it stays out of reach: a snippet that ends the
interpreter (``os._exit``), crashes it (a segfault), or outlives its time
limit inside native code that no signal handler can interrupt is noticed
here, the worker is killed and a fresh one carries on with the rest.
pytest-xdist restarts crashed workers the same way; it has no per-test
watchdog, which is why the harness has its own small one.
"""

import json
import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional

import tfnotes
from tfnotes.harness import memcgroup, sandbox

# Seconds a fresh worker may take to import TensorFlow and say it is ready.
STARTUP_TIMEOUT = 300.0
# Seconds past a snippet's limit before the worker is killed: faulthandler
# dumps the stuck stack at the limit, and the dump needs a moment.
GRACE = 1.0


class WorkerDied(Exception):
    """The worker ended or was killed; the message says how, ``line`` is
    the snippet line it was stuck at (when known)."""

    def __init__(self, message: str, line: Optional[int] = None):
        super().__init__(message)
        self.line = line


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return "signal %d" % number


class Worker:
    """One worker process and the two pipes to it."""

    def __init__(self, python: str = sys.executable, cwd: Optional[str] = None,
                 memory_cap: float = sandbox.DEFAULT_MEMORY_CAP_GIB,
                 env: Optional[Dict[str, str]] = None):
        src = str(Path(tfnotes.__file__).resolve().parents[1])
        argv, cap = sandbox.command(
            [python, "-m", "tfnotes.harness.worker"],
            readable=[src, cwd or os.getcwd(), str(Path(python).parent.parent),
                      str(Path(python).resolve().parent.parent)],
            cap_gib=memory_cap)
        self.memory_cap = memory_cap
        self.cgroup = memcgroup.for_worker(
            int((memory_cap + memcgroup.MARGIN_GIB) * sandbox.GIB))
        request_r, self._request_w = os.pipe()
        self._reply_r, reply_w = os.pipe()
        self.log = tempfile.TemporaryFile(mode="w+b")
        env = dict(os.environ, **(env or {}))
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        self.proc = subprocess.Popen(
            argv + [str(request_r), str(reply_w)],
            pass_fds=(request_r, reply_w), stdin=subprocess.DEVNULL,
            stdout=self.log, stderr=self.log, env=env, cwd=cwd,
            # Its own process group; the sandbox's PID namespace dies with
            # bwrap, taking whatever a snippet started along.
            start_new_session=True, preexec_fn=self._entering(cap),
        )
        os.close(request_r)
        os.close(reply_w)
        self._buffer = b""
        self.info: Dict[str, object] = {}
        self.ran: List[str] = []  # snippet paths run since this worker started

    def _entering(self, cap):
        cgroup = self.cgroup

        def preexec() -> None:  # in the child, before bwrap starts
            cap()
            if cgroup is not None:
                cgroup.enter()

        return preexec

    def _out_of_memory(self) -> Optional[str]:
        """What the worker's cgroup says, if the kernel killed a process
        in it for memory (the worker or a process a snippet started)."""
        if self.cgroup is None or not self.cgroup.oom_kills():
            return None
        return ("exceeded the memory cap of %g GiB (the worker and its children "
                "together), so the kernel killed one of its processes: each process "
                "may use %g GiB (--snippet-memory-cap / TFNOTES_MEMORY_CAP), all of "
                "them together %g GiB more" % (self.memory_cap + memcgroup.MARGIN_GIB,
                                               self.memory_cap, memcgroup.MARGIN_GIB))

    def _read_line(self, timeout: float) -> Optional[bytes]:
        """One reply line, None on timeout; raises WorkerDied on EOF."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self._reply_r], [], [], left)
            if not ready:
                return None
            chunk = os.read(self._reply_r, 1 << 16)
            if not chunk:
                raise WorkerDied(self._how_it_ended())
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line

    def _how_it_ended(self) -> str:
        out_of_memory = self._out_of_memory()
        if out_of_memory:
            self.kill()
            return out_of_memory
        try:
            code = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self.proc.returncode
        if code is not None and code > 128:
            code = 128 - code  # bwrap exits 128 + N when its child died of signal N
        if code is not None and code < 0:
            return "crashed the worker process (killed by %s)" % _signal_name(-code)
        return ("ended the worker process (exit code %s) before finishing: "
                "a snippet must not end the interpreter (os._exit, os.kill, ...)" % code)

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT) -> Dict[str, object]:
        if self.info:
            return self.info
        line = self._read_line(timeout)
        if line is None:
            self.kill()
            raise WorkerDied("the worker did not start within %.0f s\n%s" % (timeout, self.log_tail()))
        self.info = json.loads(line.decode("utf-8"))
        return self.info

    def run(self, path: str, timeout: float, seed: Optional[int] = None,
            **figures: object) -> Dict[str, object]:
        """Run one snippet (its random generators seeded with ``seed``, a
        fresh one when None; ``figures``: ``known_figures``, ``draw_figures``
        for :func:`tfnotes.harness.figures.capture`); its reply, or raise
        WorkerDied."""
        self.wait_ready()
        self.ran.append(path)
        mark = self.log.seek(0, os.SEEK_END)
        request = json.dumps(dict(figures, path=path, timeout=timeout, seed=seed)) + "\n"
        try:
            os.write(self._request_w, request.encode("utf-8"))
        except OSError:
            raise WorkerDied(self._how_it_ended()) from None
        line = self._read_line(timeout + GRACE)
        out_of_memory = self._out_of_memory()
        if out_of_memory:  # a child was killed; the worker may be maimed
            self.kill()
            raise WorkerDied(out_of_memory)
        if line is None:
            where = self._stuck_line(path, mark)
            self.kill()
            raise WorkerDied(
                "ran longer than its %.0f s limit and was killed by the watchdog%s"
                % (timeout, " (it was at line %d)" % where if where else ""),
                where)
        try:
            return json.loads(line.decode("utf-8"))
        except ValueError:
            self.kill()
            raise WorkerDied("garbled the worker's reply (%r...), so the worker was "
                             "replaced" % line[:60]) from None

    def _stuck_line(self, path: str, mark: int) -> Optional[int]:
        """The snippet line faulthandler's dump shows, if it dumped."""
        self.log.seek(mark)
        text = self.log.read().decode("utf-8", "replace")
        lines = re.findall(r'File "%s", line (\d+)' % re.escape(path), text)
        return int(lines[-1]) if lines else None

    def log_tail(self, limit: int = 2000) -> str:
        self.log.seek(0)
        text = self.log.read().decode("utf-8", "replace")
        return text[-limit:]

    def kill(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except OSError:
                pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        # Whatever the snippet left in the group goes too.
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except OSError:
            pass
        if self.cgroup is not None:
            self.cgroup.remove()
        for fd in (self._request_w, self._reply_r):
            try:
                os.close(fd)
            except OSError:
                pass
        self._request_w = self._reply_r = -1

    @property
    def alive(self) -> bool:
        return self._reply_r >= 0 and self.proc.poll() is None


def standby_due(declares: List[bool], at: int, lead: int) -> bool:
    """Whether the snippet at ``at`` of a run (``declares[i]``: snippet i
    declares a state change, so its worker is replaced after it) should
    start the standby: one of it and the ``lead`` snippets after it
    declares a change and is not the run's last, so a snippet after it
    will need the new worker."""
    return any(declares[i] and i + 1 < len(declares)
               for i in range(at, min(at + lead + 1, len(declares))))


class Supervisor:
    """The shared worker of a pytest session, replaced when it breaks, plus
    throw-away fresh workers for reruns.

    A replaced worker is killed at once and its successor started only
    when the next snippet asks for one, so the last snippet of a run costs
    no new worker. When the caller knows a replacement is coming (a snippet
    ahead declares that it changes process state), :meth:`ensure_standby`
    starts the successor early, in the background: TensorFlow's import
    then overlaps other snippets instead of holding up the next one. No
    standby is kept otherwise: on two cores its import slows the snippets
    running beside it."""

    def __init__(self, python: str = sys.executable, cwd: Optional[str] = None,
                 memory_cap: float = sandbox.DEFAULT_MEMORY_CAP_GIB,
                 env: Optional[Dict[str, str]] = None):
        self.python, self.cwd, self.memory_cap = python, cwd, memory_cap
        self.env = env  # added to the workers' environment
        self.shared: Optional[Worker] = None
        self.standby: Optional[Worker] = None
        self.restarts = 0
        self.fresh_started = 0  # throw-away workers, for reruns

    def _new(self) -> Worker:
        return Worker(self.python, self.cwd, self.memory_cap, self.env)

    def _next(self) -> Worker:
        if self.standby is not None and self.standby.proc.poll() is None:
            worker, self.standby = self.standby, None
            return worker
        if self.standby is not None:
            self.standby.kill()
            self.standby = None
        return self._new()

    def start(self) -> Worker:
        if self.shared is None or not self.shared.alive:
            if self.shared is not None:
                self.restarts += 1
                self.shared.kill()
            self.shared = self._next()
        return self.shared

    def ensure_standby(self) -> None:
        """Start the standby worker, if none is starting or ready."""
        if self.standby is None or self.standby.proc.poll() is not None:
            self.standby = self._new()

    def recycle(self) -> None:
        """Retire the shared worker (after a crash, a timeout or a leak);
        the next :meth:`start` puts the standby or a fresh one in its place."""
        if self.shared is not None:
            self.shared.kill()

    def fresh(self) -> Worker:
        self.fresh_started += 1
        return self._new()

    def close(self) -> None:
        for worker in (self.shared, self.standby):
            if worker is not None:
                worker.kill()
        self.shared = self.standby = None
