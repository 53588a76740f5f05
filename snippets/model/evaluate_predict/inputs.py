import numpy as np
import tensorflow as tf

np.random.seed(0)
x = np.random.uniform(-1, 1, (10, 1)).astype("float32")
y = 2 * x
model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, kernel_initializer="ones")]
)
model.compile(optimizer="sgd", loss="mse")
dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(4)


def batches(with_targets=True):  # a generator of 4 + 4 + 2 samples
    for start in range(0, 10, 4):
        rows = slice(start, start + 4)
        yield (x[rows], y[rows]) if with_targets else (x[rows],)


losses = [
    model.evaluate(x, y, verbose=0),
    model.evaluate(dataset, verbose=0),  # no y: the dataset yields it
    model.evaluate(dataset, batch_size=2, verbose=0),  # ignored
    model.evaluate(batches(), batch_size=2, verbose=0),  # ignored
]
print(np.round(losses, 4))
#> [0.1897 0.1897 0.1897 0.1897]
assert np.allclose(losses, losses[0], rtol=1e-6)

outputs = [
    model.predict(x, verbose=0),
    model.predict(dataset.map(lambda xb, yb: xb), verbose=0),
    model.predict(batches(with_targets=False), verbose=0),  # (x,)
]
print([out.shape for out in outputs])
#> [(10, 1), (10, 1), (10, 1)]
assert all(np.allclose(out, x) for out in outputs)
