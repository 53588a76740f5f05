import numpy as np
import tensorflow as tf

np.random.seed(0)
x = np.random.uniform(-1, 1, (100, 1)).astype("float32")
y = np.random.uniform(-1, 1, (100, 1)).astype("float32")
model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(
            1, kernel_initializer="ones", input_shape=(1,)
        )
    ]
)
model.compile(optimizer="sgd", loss="mse", metrics=["mae"])


class CountBatches(tf.keras.callbacks.Callback):
    def on_test_batch_end(self, batch, logs=None):
        self.count = batch + 1


counter = CountBatches()
kernel = model.layers[0].kernel.numpy()
loss, mae = model.evaluate(x, y, callbacks=[counter], verbose=0)
assert np.array_equal(kernel, model.layers[0].kernel)  # no update
print(counter.count)  # batch_size=None: batches of 32, 32, 32 and 4
#> 4
assert counter.count == 4

# one pass with fixed weights: the loss over all 100 samples at once
print(round(loss, 4), round(np.mean((x - y) ** 2), 4))
#> 0.6932 0.6932
assert np.isclose(loss, np.mean((x - y) ** 2), rtol=1e-5)
assert np.isclose(mae, np.mean(np.abs(x - y)), rtol=1e-5)

# the batch size does not change the result (batches weighted by size)
other = model.evaluate(x, y, batch_size=7, return_dict=True, verbose=0)
print({name: round(value, 4) for name, value in other.items()})
#> {'loss': 0.6932, 'mae': 0.6852}
assert np.isclose(other["loss"], loss, rtol=1e-5)

# steps: stop after that many batches (here the first 2 x 10 samples)
first = model.evaluate(x, y, batch_size=10, steps=2, verbose=0)
print(round(first[0], 4), round(np.mean((x[:20] - y[:20]) ** 2), 4))
#> 0.7132 0.7132
assert np.isclose(first[0], np.mean((x[:20] - y[:20]) ** 2), rtol=1e-5)
