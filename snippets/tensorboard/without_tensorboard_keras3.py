# Keras 3: TF 2.21 no longer installs tensorboard; the callback needs it
# Raises TBNotInstalledError on purpose: pip install tensorboard first
import contextlib
import importlib.metadata as metadata
import sys

import numpy as np
import tensorflow as tf


def requirements(*names):
    """What the first of these installed distributions requires."""
    for name in names:
        try:
            return metadata.requires(name)
        except metadata.PackageNotFoundError:
            pass
    raise LookupError("none of %s is installed" % (names,))


# pip install tensorflow no longer brings tensorboard along
needs = requirements("tensorflow", "tensorflow-cpu")
print([r for r in needs if r.startswith("tensorboard")])
#> []
assert not any(r.startswith("tensorboard") for r in needs)


@contextlib.contextmanager
def not_installed(package):
    """Make ``import package`` fail as if pip had never installed it."""

    def inside(name):
        return name == package or name.startswith(package + ".")

    saved = {n: m for n, m in sys.modules.items() if inside(n)}
    sys.modules.update(dict.fromkeys(list(saved) + [package]))
    try:
        yield
    finally:
        for name in [n for n in sys.modules if inside(n)]:
            del sys.modules[name]
        sys.modules.update(saved)


np.random.seed(0)
x = np.random.rand(8, 2).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = tf.keras.Sequential(
    [tf.keras.Input(shape=(2,)), tf.keras.layers.Dense(1)]
)
model.compile(loss="mse", optimizer="sgd")
tensorboard = tf.keras.callbacks.TensorBoard(log_dir="logs")
with not_installed("tensorboard"):
    model.fit(x, y, epochs=1, callbacks=[tensorboard], verbose=0)
    #> TBNotInstalledError: TensorBoard is not installed, missing
    #> implementation for tf.summary.scalar
