"""The checks' Node packages: installed once, however many pytest-xdist
workers ask for them at the same time."""

import json
import os
import threading

from tfnotes import nodetools

# Stands in for npm: counts its runs, takes a while, installs pkg 1.0.0.
FAKE_NPM = """#!/bin/sh
echo run >> "$PWD/npm-runs"
sleep 1
mkdir -p node_modules/pkg
echo '{"version": "1.0.0"}' > node_modules/pkg/package.json
"""


def test_workers_asking_at_once_run_npm_once(tmp_path, monkeypatch):
    (tmp_path / "package-lock.json").write_text(json.dumps({"packages": {"node_modules/pkg": {"version": "1.0.0"}}}))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    npm = bin_dir / "npm"
    npm.write_text(FAKE_NPM)
    npm.chmod(0o755)
    monkeypatch.setenv("PATH", "%s:%s" % (bin_dir, os.environ["PATH"]))
    found = []
    askers = [threading.Thread(target=lambda: found.append(nodetools.ensure("pkg", tmp_path))) for _ in range(3)]
    for asker in askers:
        asker.start()
    for asker in askers:
        asker.join()
    assert found == [tmp_path / "node_modules" / "pkg"] * 3
    assert (tmp_path / "npm-runs").read_text().split() == ["run"]
