"""The TensorFlow this pytest process's snippets run on, read from the
installed package so that this process need not import TensorFlow: the
worker does."""

from typing import Optional


def installed_version(*names: str) -> Optional[str]:
    """The version of the first of the distributions ``names`` installed."""
    try:
        from importlib import metadata
    except ImportError:  # pragma: no cover - Python < 3.8
        return None
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


class World:
    """This process's TensorFlow: its version, and whether it is Keras 3."""

    @property
    def version(self) -> str:
        found = installed_version("tensorflow-cpu", "tensorflow", "tensorflow-gpu")
        if found is None:
            import tensorflow

            found = tensorflow.__version__
        return found

    @property
    def is_keras3(self) -> bool:
        return not self.version.startswith("2.4.")

    @property
    def label(self) -> str:
        return "tf" + self.version
