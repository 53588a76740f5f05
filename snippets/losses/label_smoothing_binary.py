import numpy as np
import tensorflow as tf

y_true = np.array([[0.0, 1.0, 0.0]], dtype="float32")
y_pred = np.array([[0.2, 0.7, 0.1]], dtype="float32")


def bce(t, p):  # binary crossentropy in NumPy
    return np.mean(-(t * np.log(p) + (1 - t) * np.log(1 - p)))


s = 0.02
smoothed = y_true * (1 - s) + 0.5 * s  # every target moves toward 0.5
print(smoothed)
#> [[0.01 0.99 0.01]]
bce_keras = tf.keras.losses.BinaryCrossentropy(label_smoothing=s)
loss = float(bce_keras(y_true, y_pred))
print(round(loss, 4))
#> 0.2432
assert np.isclose(loss, bce(smoothed, y_pred))
assert np.allclose(smoothed, [[0.01, 0.99, 0.01]])  # not 0.98
