"""Which Chromium is started, and what happens when there is none."""

import pytest

from tfnotes import chromium


def test_the_named_binary_wins(monkeypatch, tmp_path):
    exe = tmp_path / "chrome"
    exe.write_text("")
    monkeypatch.setenv("TFNOTES_CHROMIUM", str(exe))
    assert chromium.path() == chromium.ensure() == str(exe)


def test_a_missing_binary_says_how_to_get_one_and_is_not_installed_over(monkeypatch, tmp_path):
    monkeypatch.setenv("TFNOTES_CHROMIUM", str(tmp_path / "nothing"))
    installs = []
    monkeypatch.setattr(chromium.subprocess, "run", lambda *a, **k: installs.append(a))
    with pytest.raises(chromium.ChromiumNotFound, match="nothing: install Debian's chromium"):
        chromium.ensure()
    assert installs == [], "apt ran although TFNOTES_CHROMIUM names the browser to use"


def test_started_headless_with_no_background_requests():
    assert {"--disable-background-networking", "--disable-component-update"} <= set(chromium.ARGS)
