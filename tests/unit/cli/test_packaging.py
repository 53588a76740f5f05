"""``./tfn history --verify-packaging``: a fresh reading of a release's
packaging against the committed entry (worlds replaced by fakes)."""

import pytest

from tfnotes.cli import packaging
from tfnotes.history import releases


@pytest.fixture
def committed(monkeypatch):
    release = releases.RELEASES[0]
    entry = {"release": release.name, "lock": "h", "keras_packages": ["keras"]}
    monkeypatch.setattr(packaging.packaging_data, "load", lambda: {"releases": [entry]})
    monkeypatch.setattr(packaging.packaging_data, "seal_problems", lambda data: [])
    said = []
    monkeypatch.setattr(packaging.shell, "say", said.append)
    return release, said


def test_a_matching_reading_passes(committed, monkeypatch):
    release, said = committed
    monkeypatch.setattr(packaging, "extract", lambda world: {"keras_packages": ["keras"]})
    assert packaging.verify([release]) == 0
    assert said == ["release %s: committed packaging matches a fresh reading" % release.name]


def test_a_differing_field_fails_by_name(committed, monkeypatch):
    release, said = committed
    monkeypatch.setattr(packaging, "extract", lambda world: {"keras_packages": ["tf-keras"]})
    assert packaging.verify([release]) == 1
    assert len(said) == 1 and "keras_packages differs" in said[0] and "tf-keras" in said[0]
