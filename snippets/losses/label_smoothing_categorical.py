import numpy as np
import tensorflow as tf

y_true = np.array([[0.0, 1.0, 0.0]], dtype="float32")  # one-hot
y_pred = np.array([[0.2, 0.7, 0.1]], dtype="float32")  # probabilities


def cce(t, p):  # categorical crossentropy in NumPy
    return np.sum(-t * np.log(p), axis=-1).mean()


s = 0.03
num_classes = y_true.shape[-1]
smoothed = y_true * (1 - s) + s / num_classes  # s shared by all classes
print(np.round(smoothed, 4))
#> [[0.01 0.98 0.01]]
cce_keras = tf.keras.losses.CategoricalCrossentropy(label_smoothing=s)
loss = float(cce_keras(y_true, y_pred))
print(round(loss, 4))
#> 0.3887
assert np.isclose(loss, cce(smoothed, y_pred))
assert np.allclose(smoothed, [[0.01, 0.98, 0.01]])  # the notes' numbers
