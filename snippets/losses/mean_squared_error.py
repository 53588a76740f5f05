import numpy as np
import tensorflow as tf

y_true = np.array([[0.0, 1.0], [2.0, 3.0]], dtype="float32")
y_pred = np.array([[1.0, 1.0], [2.0, 5.0]], dtype="float32")

mse = tf.keras.losses.MeanSquaredError()
loss = float(mse(y_true, y_pred))
print(round(loss, 4))
#> 1.25
# per sample: mean over the last axis; then the mean over the batch
per_sample = np.mean((y_true - y_pred) ** 2, axis=-1)
print(per_sample)
#> [0.5 2. ]
assert np.isclose(loss, per_sample.mean())

# other reductions: the sum, or no reduction at all
total = tf.keras.losses.MeanSquaredError(reduction="sum")
each = tf.keras.losses.MeanSquaredError(reduction="none")
print(float(total(y_true, y_pred)), each(y_true, y_pred).numpy())
#> 2.5 [0.5 2. ]
assert np.isclose(float(total(y_true, y_pred)), per_sample.sum())
assert np.allclose(each(y_true, y_pred), per_sample)
