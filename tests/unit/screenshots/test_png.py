"""tfnotes.screenshots.png: small PNGs that carry what made them, and the
staleness check that reads it back."""

import io
import shutil

import pytest
from PIL import Image

from tfnotes import locks
from tfnotes.screenshots import (
    META_DIGEST,
    META_SNIPPET,
    META_TENSORBOARD,
    SHOTS,
    code_digest,
    made_by,
    png_meta,
    small_png,
    stale,
)
from tfnotes.snippet import Snippet

SHOT = SHOTS[0]  # TF 2.4: the base snippet, no variant to look for


def _screenshot(width=64, height=48) -> bytes:
    """A PNG as Chromium gives it: RGBA, more colours than a palette holds."""
    image = Image.new("RGBA", (width, height))
    image.putdata([(x * 4 % 256, y * 5 % 256, (x * y) % 256, 255)
                   for y in range(height) for x in range(width)])
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def test_text_chunks_survive_the_round_trip(tmp_path):
    meta = {META_SNIPPET: "snippets/a.py", META_DIGEST: "ab" * 32,
            "tfnotes:scalar-tags": '{"train": ["epoch_loss"]}'}
    path = tmp_path / "shot.png"
    path.write_bytes(small_png(_screenshot(), meta))
    assert png_meta(path) == meta


def test_the_small_png_keeps_its_size_in_256_colours_at_most(tmp_path):
    path = tmp_path / "shot.png"
    path.write_bytes(small_png(_screenshot(64, 48), {}))
    with Image.open(str(path)) as image:
        assert image.size == (64, 48)
        assert image.mode == "P"
        assert len(image.getcolors(maxcolors=256) or []) > 1


def _snippet(root, code):
    path = root / "snippets" / SHOT.base
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(code)
    return Snippet(root, SHOT.base)


def test_the_digest_is_of_the_code_not_of_its_outputs(tmp_path):
    snippet = _snippet(tmp_path, "print(1 + 1)\n")
    plain = code_digest(snippet)
    _snippet(tmp_path, "print(1 + 1)\n#> 2\n")
    assert code_digest(snippet) == plain
    _snippet(tmp_path, "print(1 + 2)\n")
    assert code_digest(snippet) != plain


def test_made_by_names_the_snippet_its_digest_and_the_tensorboard(tmp_path):
    snippet = _snippet(tmp_path, "print(1)\n")
    assert made_by(snippet, "2.11.2") == {
        META_SNIPPET: "snippets/" + SHOT.base,
        META_DIGEST: code_digest(snippet),
        META_TENSORBOARD: "2.11.2",
    }


@pytest.fixture
def project(tmp_path):
    """A project with the TF 2.4 shot's snippet, a lock pinning
    TensorBoard 2.11.2, and both its pictures taken from them."""
    snippet = _snippet(tmp_path, "print('logs')\n")
    lock = tmp_path / SHOT.world.lock
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_text("tensorboard==2.11.2 \\\n    --hash=sha256:00\n")
    folder = tmp_path / "figures"
    folder.mkdir()
    for path in SHOT.pngs(folder):
        path.write_bytes(small_png(_screenshot(), made_by(snippet, "2.11.2")))
    return tmp_path


def test_pictures_of_the_current_code_and_pin_are_not_stale(project):
    assert stale(SHOT, project / "figures", project) == []


def test_changed_code_makes_both_pictures_stale(project):
    _snippet(project, "print('other logs')\n")
    problems = stale(SHOT, project / "figures", project)
    assert len(problems) == 2, problems
    assert all(META_DIGEST in p for p in problems), problems


def test_a_new_output_comment_is_no_change(project):
    _snippet(project, "print('logs')\n#> logs\n")
    assert stale(SHOT, project / "figures", project) == []


def test_another_pinned_tensorboard_makes_them_stale(project):
    lock = project / SHOT.world.lock
    lock.write_text(locks.with_pin(lock.read_text(), "tensorboard", "9.9.9"))
    problems = stale(SHOT, project / "figures", project)
    assert problems and all("%s is '2.11.2', now '9.9.9'" % META_TENSORBOARD in p for p in problems), problems


def test_a_missing_picture_is_named(project):
    dark = SHOT.png("dark", project / "figures")
    shutil.move(str(dark), str(project / "elsewhere.png"))
    assert stale(SHOT, project / "figures", project) == ["figures/%s is missing" % dark.name]
