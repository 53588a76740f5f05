import numpy as np
import tensorflow as tf

np.random.seed(0)
x = np.random.uniform(-1, 1, (100, 2)).astype("float32")
model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(
            1, kernel_initializer="ones", input_shape=(2,)
        )
    ]
)


class CountBatches(tf.keras.callbacks.Callback):
    def on_predict_batch_end(self, batch, logs=None):
        self.count = batch + 1


counter = CountBatches()
# no compile() needed; verbose=0 hides the progress bar
predictions = model.predict(x, callbacks=[counter], verbose=0)
print(type(predictions).__name__, predictions.shape, counter.count)
#> ndarray (100, 1) 4
assert isinstance(predictions, np.ndarray) and counter.count == 4

print(np.round(predictions[:3, 0], 4))  # the kernel is ones: x1 + x2
#> [0.528  0.2953 0.1391]
assert np.allclose(predictions, x.sum(axis=1, keepdims=True), atol=1e-6)
assert np.allclose(predictions, model(x).numpy())  # same as a call
assert np.all(model.layers[0].kernel.numpy() == 1)  # weights untouched

first = model.predict(x, batch_size=10, steps=2, verbose=0)
print(first.shape)  # steps=2: only the first 2 batches of 10
#> (20, 1)
assert np.allclose(first, predictions[:20])
