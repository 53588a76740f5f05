"""The worlds cache: keyed by the lock and the base Python, reused by a
second checkout, rebuilt with the reason said, from scratch with CI=true.
No real venv is built: subprocess is replaced by a fake that makes the
files a venv would have."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tfnotes import envs

IN = "tensorflow-cpu==2.4.4\npytest\n"


class FakeTools:
    """Stands in for pip (installing uv), ``uv venv``, ``uv pip compile``
    and ``uv pip install``; records every command."""

    def __init__(self, fail_install=False):
        self.calls = []
        self.fail_install = fail_install

    def __call__(self, cmd, check=False, capture_output=False, text=False, cwd=None, **kwargs):
        cmd = [str(c) for c in cmd]
        self.calls.append(cmd)
        out = ""
        if cmd[1:3] == ["-m", "pip"]:  # installing uv itself
            target = Path(cmd[cmd.index("--target") + 1])
            (target / "bin").mkdir(parents=True)
            (target / "bin" / "uv").write_text("#!/bin/sh\n")
        elif cmd[1] == "venv":
            venv = Path(cmd[-1])
            (venv / "bin").mkdir(parents=True, exist_ok=True)
            (venv / "bin" / "python").write_text("#!/bin/sh\n")
        elif cmd[1:3] == ["pip", "install"] and self.fail_install:
            return subprocess.CompletedProcess(cmd, 1, "", "Hash mismatch for `pytest==8.3.5`")
        elif cmd[1:3] == ["pip", "compile"]:
            Path(cwd, cmd[cmd.index("-o") + 1]).write_text("pytest==8.3.5 \\\n    --hash=sha256:ab\ntensorflow-cpu==2.4.4\n")
        elif cmd[1] == "-c" and "sysconfig" in cmd[2]:
            site = Path(cmd[0]).parents[1] / "lib" / "site-packages"
            site.mkdir(parents=True)
            out = str(site) + "\n"
        return subprocess.CompletedProcess(cmd, 0, out, "")

    def builds(self):
        return [c for c in self.calls if c[1] == "venv"]

    def installs(self):
        return [c for c in self.calls if c[1:3] == ["pip", "install"]]


def checkout(tmp_path: Path, name: str) -> Path:
    root = tmp_path / name
    (root / "requirements").mkdir(parents=True)
    (root / "requirements" / "w.in").write_text(IN)
    (root / "requirements" / "uv.txt").write_text("uv==0.13.9 \\\n    --hash=sha256:00\n")
    return root


@pytest.fixture
def world(tmp_path, monkeypatch):
    """A world ``w`` of a checkout ``one`` and a fake machine."""
    monkeypatch.setenv("TFNOTES_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv(envs.FRESH, "")  # restored after the test
    monkeypatch.setattr(envs.pythons, "find_python", lambda exact=None, at_least=None: "/opt/py38/bin/python3")
    monkeypatch.setattr(envs.pythons, "full_version", lambda exe: "3.8.18")
    fake = FakeTools()
    monkeypatch.setattr(envs.subprocess, "run", fake)
    use(monkeypatch, tmp_path, "one")
    return envs.World("w", "requirements/w.txt", exact=(3, 8)), fake


def use(monkeypatch, tmp_path, name, lock_body="pytest==8.3.5\n"):
    """Make checkout ``name`` the one ./tfn runs in, with a current lock."""
    root = tmp_path / name
    if not root.exists():
        checkout(tmp_path, name)
    monkeypatch.setattr(envs, "ROOT", root)
    monkeypatch.setattr(envs, "VENVS", root / ".venvs")
    w = envs.World("w", "requirements/w.txt")
    (root / "requirements" / "w.txt").write_text(envs.lock_header(w) + lock_body)
    return root


def test_cache_dir_default_and_override(monkeypatch, tmp_path):
    monkeypatch.delenv("TFNOTES_CACHE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert envs.cache_dir() == tmp_path / ".cache" / "tfnotes" / "worlds"
    monkeypatch.setenv("TFNOTES_CACHE", str(tmp_path / "elsewhere"))
    assert envs.cache_dir() == tmp_path / "elsewhere" / "worlds"


def test_key_is_the_lock_and_the_python_version():
    key = envs.cache_key("a" * 64, "3.8.18")
    assert key == envs.cache_key("a" * 64, "3.8.18")
    assert key != envs.cache_key("b" * 64, "3.8.18")
    assert key != envs.cache_key("a" * 64, "3.8.19")


def test_first_build_links_the_checkout_to_the_cache(world, capsys, tmp_path):
    w, fake = world
    envs.ensure(w)
    err = capsys.readouterr().err
    digest = envs.lock_sha256(w)
    assert "no cached world for requirements/w.txt sha256:%s…" % digest[:12] in err
    entry = envs.cache_entry(w, envs.cache_key(digest, "3.8.18"))
    assert w.venv.is_symlink() and Path(str(w.venv.resolve())) == entry.resolve()
    assert entry.resolve().parent == tmp_path / "cache" / "worlds"
    stamp = envs.read_stamp(entry)
    assert stamp["lock_sha256"] == digest and stamp["python_version"] == "3.8.18"
    (install,) = fake.installs()
    assert "--require-hashes" in install and install[-1] == str(envs.ROOT / "requirements" / "w.txt")
    assert install[install.index("--default-index") + 1] == "https://pypi.org/simple"
    (uv_install,) = [c for c in fake.calls if c[1:3] == ["-m", "pip"]]
    assert "--require-hashes" in uv_install and "--isolated" in uv_install
    # Nothing in the world names the checkout: a second one can use it.
    for path in entry.resolve().rglob("*"):
        if path.is_file():
            assert str(envs.ROOT) not in path.read_text(), path
    assert (entry / "lib" / "site-packages" / "_tfnotes_checkout.pth").read_text() == "import _tfnotes_checkout\n"


def test_second_run_does_nothing(world, capsys):
    w, fake = world
    envs.ensure(w)
    calls = len(fake.calls)
    capsys.readouterr()
    envs.ensure(w)
    assert len(fake.calls) == calls, "a second run with nothing changed ran a command"
    assert capsys.readouterr().err == ""


def test_second_checkout_with_the_same_lock_reuses_the_world(world, monkeypatch, tmp_path, capsys):
    w, fake = world
    envs.ensure(w)
    first = w.venv.resolve()
    use(monkeypatch, tmp_path, "two")
    capsys.readouterr()
    envs.ensure(w)
    assert len(fake.builds()) == 1, "the second checkout built its own world"
    assert w.venv.is_symlink() and w.venv.resolve() == first
    assert "reusing the cached w world" in capsys.readouterr().err


def test_changed_lock_rebuilds_and_says_so(world, monkeypatch, tmp_path, capsys):
    w, fake = world
    envs.ensure(w)
    old = w.venv.resolve()
    use(monkeypatch, tmp_path, "one", lock_body="pytest==9.0.0\n")
    capsys.readouterr()
    envs.ensure(w)
    assert len(fake.builds()) == 2
    assert "lock changed" in capsys.readouterr().err
    assert w.venv.resolve() != old and old.is_dir(), "the old lock's world is kept for checkouts still on it"


def test_incomplete_cached_world_is_rebuilt(world, monkeypatch, tmp_path, capsys):
    w, fake = world
    envs.ensure(w)
    (w.venv / envs.STAMP).unlink()  # as a build killed half-way would leave it
    use(monkeypatch, tmp_path, "two")
    capsys.readouterr()
    envs.ensure(w)
    assert "incomplete (no stamp)" in capsys.readouterr().err
    assert len(fake.builds()) == 2
    assert envs.read_stamp(w.venv) is not None


def test_ci_builds_from_scratch_every_time(world, monkeypatch, capsys):
    w, fake = world
    envs.ensure(w)
    monkeypatch.setenv("CI", "true")
    capsys.readouterr()
    for _ in range(2):
        monkeypatch.setenv(envs.FRESH, "")  # a new CI run
        envs.ensure(w)
        envs.ensure(w)  # a ./tfn that the first one started: reuses
    assert len(fake.builds()) == 3
    assert capsys.readouterr().err.count("CI=true: building from scratch") == 2
    worlds = [p for p in envs.cache_dir().iterdir() if p.name.startswith("w-build-")]
    assert len(worlds) == 1, "a CI rebuild left the world it replaced behind"


def test_changed_requirements_relock(world, capsys):
    w, fake = world
    (envs.ROOT / "requirements" / "w.in").write_text(IN + "numpy\n")
    envs.ensure(w)
    assert "w.in changed since requirements/w.txt was made: re-locking" in capsys.readouterr().err
    (compile_,) = [c for c in fake.calls if c[1:3] == ["pip", "compile"]]
    assert "--generate-hashes" in compile_ and "--upgrade" not in compile_
    assert compile_[compile_.index("--python") + 1] == "/opt/py38/bin/python3"
    (install,) = fake.installs()
    assert install[-1] == str(envs.ROOT / "requirements" / "w.txt")
    lock = (envs.ROOT / "requirements" / "w.txt").read_text()
    assert lock == envs.lock_header(w) + "pytest==8.3.5 \\\n    --hash=sha256:ab\ntensorflow-cpu==2.4.4\n"
    assert envs.read_stamp(w.venv)["lock_sha256"] == envs.lock_sha256(w)


def test_world_built_inside_the_checkout_is_replaced_by_a_link(world, capsys):
    w, fake = world
    (w.venv / "bin").mkdir(parents=True)
    (w.venv / ".tfnotes-stamp").write_text("0" * 64)  # an older tfnotes' stamp
    envs.ensure(w)
    assert "built inside this checkout by an older tfnotes" in capsys.readouterr().err
    assert w.venv.is_symlink()
    assert [p.name for p in envs.VENVS.iterdir()] == ["w"], "the old world was left beside the link"


def test_failed_build_leaves_nothing_in_the_cache(world, monkeypatch):
    w, _ = world
    monkeypatch.setattr(envs.subprocess, "run", FakeTools(fail_install=True))
    with pytest.raises(envs.uv.UvError, match="Hash mismatch for `pytest==8.3.5`"):
        envs.ensure(w)
    assert [p.name for p in envs.cache_dir().iterdir() if not p.name.startswith((".", "uv-"))] == []
    assert not w.venv.exists() and not w.venv.is_symlink()


def test_build_killed_half_way_is_cleared_by_the_next(world):
    w, fake = world
    dead = envs.cache_dir() / "w-build-dead"
    (dead / "bin").mkdir(parents=True)
    envs.ensure(w)
    assert not dead.exists()
    assert w.venv.resolve().name.startswith("w-build-")


def test_checkout_finder_puts_the_src_around_the_cwd_on_the_path(tmp_path, monkeypatch):
    root = tmp_path / "clone"
    (root / "src" / "tfnotes").mkdir(parents=True)
    (root / "src" / "tfnotes" / "__init__.py").write_text("")
    (root / "pyproject.toml").write_text("")
    (root / "docs").mkdir()
    for cwd, expected in ((root / "docs", str(root / "src")), (tmp_path, None)):
        monkeypatch.setattr(sys, "path", [])
        monkeypatch.chdir(cwd)
        exec(compile(envs.CHECKOUT_FINDER, "_tfnotes_checkout.py", "exec"), {})
        assert sys.path == ([expected] if expected else [])


def test_stamp_is_json_with_what_the_key_is_made_of(world):
    w, _ = world
    envs.ensure(w)
    stamp = json.loads((w.venv / envs.STAMP).read_text())
    assert set(stamp) == {"lock", "lock_sha256", "python", "python_version", "layout"}
