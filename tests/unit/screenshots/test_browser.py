"""tfnotes.screenshots.browser: which requests leave the machine."""

import pytest

from tfnotes.screenshots import is_external


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:6006/",
    "http://127.0.0.1:6006/data/plugin/scalars/tags",
    "ws://127.0.0.1:6006/socket",
    "data:image/png;base64,AAAA",
    "blob:http://127.0.0.1:6006/0f2c",
    "about:blank",
])
def test_the_machine_itself_and_urls_without_a_host_stay(url):
    assert not is_external(url)


@pytest.mark.parametrize("url", [
    "http://203.0.113.7/font.woff2",
    "https://fonts.googleapis.com/css?family=Roboto",
    "http://localhost:6006/",  # only 127.0.0.1 is TensorBoard's host
    "http://127.0.0.2:6006/",
    "wss://example.org/socket",
    "ftp://example.org/file",
])
def test_any_other_network_host_is_external(url):
    assert is_external(url)
