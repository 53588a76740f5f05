import numpy as np
import tensorflow as tf

np.random.seed(0)
x = np.random.uniform(-1, 1, (40, 1)).astype("float32")  # > 32
y = 2 * x
model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(
            1, kernel_initializer="zeros", input_shape=(1,)
        )
    ]
)
model.compile(optimizer=tf.keras.optimizers.SGD(0.5), loss="mse")

before = model.test_on_batch(x, y)  # the loss now; no update
trained = model.train_on_batch(x, y)  # ONE gradient step on this batch
after = model.test_on_batch(x, y)
print(round(before, 4), round(trained, 4), round(after, 4))
#> 1.2765 1.2765 0.5595
assert np.isclose(trained, before)  # computed before the update
assert after < before  # the step changed the weights
assert model.optimizer.iterations.numpy() == 1  # one step, 40 rows
kept = model.get_weights()
model.test_on_batch(x, y)  # changes nothing
for old, new in zip(kept, model.get_weights()):
    assert np.array_equal(old, new)

predictions = model.predict_on_batch(x)  # a NumPy array, no batching
print(type(predictions).__name__, predictions.shape)
#> ndarray (40, 1)
assert isinstance(predictions, np.ndarray)
assert np.isclose(after, np.mean((predictions - y) ** 2), rtol=1e-5)
