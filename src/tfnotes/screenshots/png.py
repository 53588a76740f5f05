"""The PNG files: small, with text chunks that tie each picture to the
snippet code and the TensorBoard version that made it, so that
:func:`stale` tells when the committed ones no longer match."""

import hashlib
import io
from pathlib import Path
from typing import Dict, List

from tfnotes import locks
from tfnotes.envs import ROOT, World
from tfnotes.screenshots.shots import FIGURES, Shot
from tfnotes.snippet import Snippet

# PNG text chunks that tie a picture to what made it.
META_SNIPPET = "tfnotes:snippet"
META_DIGEST = "tfnotes:snippet-sha256"
META_TENSORBOARD = "tfnotes:tensorboard"
META_TAGS = "tfnotes:scalar-tags"


def code_digest(snippet: Snippet) -> str:
    """SHA-256 of the snippet's code, its ``#>`` outputs aside."""
    from tfnotes.harness import outputs

    return hashlib.sha256(outputs.strip(snippet.source()).encode("utf-8")).hexdigest()


def made_by(snippet: Snippet, tensorboard: str) -> Dict[str, str]:
    """The text chunks a picture of ``snippet``'s logs in TensorBoard
    ``tensorboard`` carries, and :func:`stale` compares."""
    return {
        META_SNIPPET: snippet.display,
        META_DIGEST: code_digest(snippet),
        META_TENSORBOARD: tensorboard,
    }


def small_png(png: bytes, meta: Dict[str, str]) -> bytes:
    """``png`` as a 256-colour PNG (a flat UI loses nothing visible) with
    ``meta`` as text chunks."""
    from PIL import Image, PngImagePlugin

    image = Image.open(io.BytesIO(png)).convert("RGB")
    info = PngImagePlugin.PngInfo()
    for key, value in meta.items():
        info.add_text(key, value)
    out = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        out, format="PNG", optimize=True, pnginfo=info)
    return out.getvalue()


def png_meta(path: Path) -> Dict[str, str]:
    """The text chunks of a PNG."""
    from PIL import Image

    with Image.open(str(path)) as image:
        image.load()
        return dict(getattr(image, "text", {}))


def tensorboard_version(world: World, root: Path = ROOT) -> str:
    """The TensorBoard version a world's lock pins ("" when none)."""
    return locks.pinned(root / world.lock, "tensorboard") or ""


def stale(shot: Shot, folder: Path = FIGURES, root: Path = ROOT) -> List[str]:
    """Why the committed pictures of ``shot`` no longer match what makes
    them: one line per problem, empty when they do."""
    wanted = made_by(shot.snippet(root), tensorboard_version(shot.world, root))
    problems = []
    for path in shot.pngs(folder):
        if not path.is_file():
            problems.append("%s is missing" % path.relative_to(root))
            continue
        meta = png_meta(path)
        for key, value in wanted.items():
            if meta.get(key) != value:
                problems.append("%s: %s is %r, now %r" % (path.relative_to(root), key, meta.get(key), value))
    return problems
