import numpy as np
import tensorflow as tf

y_true = np.array([[0.2, 0.3, 0.5], [0.1, 0.1, 0.8]], dtype="float32")
y_pred = np.array([[0.3, 0.3, 0.4], [0.1, 0.2, 0.7]], dtype="float32")

kld = tf.keras.losses.KLDivergence()
loss = float(kld(y_true, y_pred))
print(round(loss, 4))
#> 0.034
# sum over classes of p * log(p / q), then the mean over the batch
per_sample = np.sum(y_true * np.log(y_true / y_pred), axis=-1)
print(np.round(per_sample, 4))
#> [0.0305 0.0375]
assert np.isclose(loss, per_sample.mean())
# zero when the two distributions are equal
assert np.isclose(float(kld(y_true, y_true)), 0.0)
