import numpy as np
import tensorflow as tf

np.random.seed(0)
x = np.random.uniform(-1, 1, (6, 1)).astype("float32")
y = np.random.uniform(-1, 1, (6, 1)).astype("float32")
model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(
            1, kernel_initializer="ones", input_shape=(1,)
        )
    ]
)
model.compile(
    optimizer="sgd",
    loss="mse",
    metrics=["mae", tf.keras.metrics.RootMeanSquaredError()],
)
result = model.evaluate(x, y, verbose=0)
print(model.metrics_names)  # the loss first, then the metrics
#> ['loss', 'mae', 'root_mean_squared_error']
assert model.metrics_names == ["loss", "mae", "root_mean_squared_error"]
print(np.round(result, 4))
#> [0.2327 0.4317 0.4824]

error = x - y  # the model computes x here
expected = [
    np.mean(error**2),
    np.mean(np.abs(error)),
    np.sqrt(np.mean(error**2)),
]
assert np.allclose(result, expected, rtol=1e-5)

# never trained on: with a zero loss, fit() leaves the weights alone
model.compile(
    optimizer="sgd", loss=lambda t, p: 0.0 * p, metrics=["mae"]
)
before = model.get_weights()
model.fit(x, y, verbose=0)
kept = [
    np.array_equal(a, b) for a, b in zip(before, model.get_weights())
]
assert all(kept)  # although the mae is far from 0
