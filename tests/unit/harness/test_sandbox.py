"""The snippet sandbox: what it confines, and how it says it cannot
start (bubblewrap, no TensorFlow needed)."""

import errno
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tfnotes.harness import sandbox

PROBE = r"""
import json, os, resource, socket, sys
port, outside, kept = int(sys.argv[1]), sys.argv[2], sys.argv[3]
seen = {}
try:
    socket.create_connection(("127.0.0.1", port), timeout=2)
    seen["connect"] = "connected"
except OSError as exc:
    seen["connect"] = exc.errno
try:
    open(outside, "w")
    seen["outside"] = "written"
except OSError as exc:
    seen["outside"] = exc.errno
with open("/tmp/scratch", "w") as handle:
    seen["tmp"] = handle.write("ok")
with open(kept, "w") as handle:
    seen["writable"] = handle.write("kept")
seen["data cap"] = resource.getrlimit(resource.RLIMIT_DATA)[0]
seen["others"] = sorted(p for p in os.listdir("/proc")
                        if p.isdigit() and p != str(os.getpid()))
print(json.dumps(seen))
"""


def test_a_sandboxed_process_has_no_network_no_writes_and_its_own_pids(
    tmp_path,
):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.2)
    outside = tmp_path / "planted.txt"
    (tmp_path / "logs").mkdir()
    kept = tmp_path / "logs" / "kept.txt"
    argv, cap = sandbox.command(
        [
            sys.executable,
            "-c",
            PROBE,
            str(server.getsockname()[1]),
            str(outside),
            str(kept),
        ],
        readable=[str(tmp_path)],
        cap_gib=1.5,
        writable=[str(tmp_path / "logs")],
    )
    run = subprocess.run(
        argv, preexec_fn=cap, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    with pytest.raises(socket.timeout):
        server.accept()
    assert json.loads(run.stdout) == {
        "connect": errno.ECONNREFUSED,
        "outside": errno.EROFS,
        "tmp": 2,
        "writable": 4,
        "data cap": int(1.5 * sandbox.GIB),
        "others": ["1"],
    }
    assert not outside.exists()
    assert kept.read_text() == "kept"


def test_a_missing_bwrap_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setenv("TFNOTES_BWRAP", str(tmp_path / "no-bwrap"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(
        sandbox.SandboxUnavailable, match="apt-get install bubblewrap"
    ):
        sandbox.command(["true"])


def test_a_kernel_that_refuses_namespaces_is_said_in_one_line(
    monkeypatch, tmp_path
):
    fake = tmp_path / "bwrap"
    fake.write_text(
        "#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' >&2\nexit 1\n"
    )
    fake.chmod(0o755)
    monkeypatch.setenv("TFNOTES_BWRAP", str(fake))
    with pytest.raises(sandbox.SandboxUnavailable) as refused:
        sandbox.command(["true"])
    said = str(refused.value)
    assert "\n" not in said
    assert "setting up uid map: Permission denied" in said
    assert (
        "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0"
        in said
    )


def test_the_memory_cap_comes_from_the_option_then_the_environment(
    monkeypatch,
):
    monkeypatch.delenv("TFNOTES_MEMORY_CAP", raising=False)
    assert sandbox.memory_cap_gib() == sandbox.DEFAULT_MEMORY_CAP_GIB
    monkeypatch.setenv("TFNOTES_MEMORY_CAP", "2.5")
    assert sandbox.memory_cap_gib() == 2.5
    assert sandbox.memory_cap_gib("3") == 3.0
    with pytest.raises(sandbox.SandboxUnavailable, match="not 'lots'"):
        sandbox.memory_cap_gib("lots")


@pytest.mark.parametrize(
    "exc, says",
    [
        (MemoryError(), "exceeded the memory cap of 2 GiB"),
        (
            ConnectionRefusedError(errno.ECONNREFUSED, "refused"),
            "network access is disabled",
        ),
        (
            socket.gaierror(-3, "Temporary failure in name resolution"),
            "network access is disabled",
        ),
        (
            OSError(
                errno.EROFS, "Read-only file system", "/etc/passwd"
            ),
            "wrote to /etc/passwd, which is read-only in the snippet sandbox",
        ),
        (
            subprocess.CalledProcessError(1, ["curl"]),
            "it ran in the same sandbox (no network",
        ),
        (ZeroDivisionError(), ""),
    ],
)
def test_an_error_the_sandbox_caused_is_explained(exc, says):
    explained = sandbox.explain(exc, 2.0)
    assert (says in explained) if says else explained == ""


def test_a_program_reached_through_a_link_under_tmp_runs(tmp_path):
    """A checkout under /tmp (a clone made by mktemp) names its world
    through a link (.venvs/tools -> the cache of worlds); the private /tmp
    must not hide that name, or the worker's interpreter cannot start."""
    world = Path(sys.executable).parent.parent.resolve()
    linked = tmp_path / "tools"
    linked.symlink_to(world)
    argv, cap = sandbox.command(
        [str(linked / "bin" / Path(sys.executable).name), "-c",
         "import sys; print(sys.prefix)"])
    run = subprocess.run(argv, preexec_fn=cap, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str(linked), "the interpreter started outside its venv"
