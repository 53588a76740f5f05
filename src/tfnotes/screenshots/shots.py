"""What is pictured and where: one :class:`Shot` per world, the colour
schemes, the folder the PNGs go to, and the error every step raises."""

from dataclasses import dataclass
from pathlib import Path
from typing import List

from tfnotes.envs import ROOT, TF24, TOOLS, World
from tfnotes.snippet import Snippet

FIGURES = ROOT / "docs" / "figures" / "tensorboard"
HOST = "127.0.0.1"
SCHEMES = ("light", "dark")


class ScreenshotError(Exception):
    """A step failed; the message names the world, the snippet and the fix."""


@dataclass(frozen=True)
class Shot:
    """One world's picture: whose snippet, which TensorBoard, which files."""

    world: World
    label: str  # the page's tab: "TF 2.4" or "Keras 3"
    stem: str  # scalars-tf24 -> scalars-tf24.png and scalars-tf24-dark.png
    base: str = "tensorboard/logged_values.py"  # under snippets/

    @property
    def keras3(self) -> bool:
        return self.world is TOOLS

    def snippet(self, root: Path = ROOT) -> Snippet:
        """The file this world runs: the base, or on Keras 3 its variant."""
        base = Snippet(root, self.base)
        return base.variant if self.keras3 and base.has_variant else base

    def png(self, scheme: str, folder: Path = FIGURES) -> Path:
        return folder / ("%s%s.png" % (self.stem, "" if scheme == "light" else "-" + scheme))

    def pngs(self, folder: Path = FIGURES) -> List[Path]:
        return [self.png(scheme, folder) for scheme in SCHEMES]


SHOTS = (
    Shot(TF24, "TF 2.4", "scalars-tf24"),
    Shot(TOOLS, "Keras 3", "scalars-keras3"),
)
