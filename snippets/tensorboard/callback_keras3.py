# Keras 3: TF 2.21 no longer installs tensorboard; the callback needs it
# Raises TBNotInstalledError on purpose: pip install tensorboard first
import importlib.metadata
import importlib.util
import inspect

import numpy as np
import tensorflow as tf

# TensorFlow 2.21 does not depend on the tensorboard package any more
dist = importlib.metadata.packages_distributions()["tensorflow"][0]
needs = importlib.metadata.requires(dist)
print([r for r in needs if r.startswith("tensorboard")])
#> []
assert not any(r.startswith("tensorboard") for r in needs)
print(importlib.util.find_spec("tensorboard"))  # and it is not here
#> None
assert importlib.util.find_spec("tensorboard") is None
# profile_batch now defaults to 0: no profiling unless you ask
args = inspect.signature(tf.keras.callbacks.TensorBoard).parameters
print(args["profile_batch"].default)
#> 0
assert args["profile_batch"].default == 0

np.random.seed(0)
x = np.random.rand(8, 2).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = tf.keras.Sequential(
    [tf.keras.Input(shape=(2,)), tf.keras.layers.Dense(1)]
)
model.compile(loss="mse", optimizer="sgd")
tensorboard = tf.keras.callbacks.TensorBoard(log_dir="logs")
model.fit(
    x,
    y,
    batch_size=4,
    epochs=2,
    validation_data=(x, y),
    callbacks=[tensorboard],
    verbose=0,
)
#> TBNotInstalledError: TensorBoard is not installed, missing
#> implementation for tf.summary.scalar
