"""uv and the pip that installs it resolve from one index only: neither
pip's configuration nor the caller's PIP_*/UV_* variables reach them."""

import os

from tfnotes import uv


def test_pip_and_uv_variables_are_dropped_but_the_cache_is_kept(monkeypatch):
    monkeypatch.setenv("PIP_FIND_LINKS", "/opt/wheels")
    monkeypatch.setenv("PIP_EXTRA_INDEX_URL", "file:///opt/pypi/simple")
    monkeypatch.setenv("UV_EXTRA_INDEX_URL", "https://elsewhere.invalid/simple")
    monkeypatch.setenv("UV_CACHE_DIR", "/tmp/uv-cache")
    env = uv.clean_env()
    assert not [k for k in env if k.startswith("PIP_") and k != "PIP_CONFIG_FILE"]
    assert env["PIP_CONFIG_FILE"] == os.devnull
    assert [k for k in env if k.startswith("UV_")] == ["UV_CACHE_DIR"]


def test_the_index_is_pypi_unless_told(monkeypatch):
    monkeypatch.delenv("TFNOTES_INDEX_URL", raising=False)
    assert uv.index_url() == "https://pypi.org/simple"
    monkeypatch.setenv("TFNOTES_INDEX_URL", "https://mirror.example/simple")
    assert uv.index_url() == "https://mirror.example/simple"
