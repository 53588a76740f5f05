import numpy as np
import tensorflow as tf

y_true = np.array([[1.0], [1.0], [1.0], [0.0]], dtype="float32")
y_pred = np.array([[0.5], [0.5], [0.9], [0.2]], dtype="float32")

metric = tf.keras.metrics.BinaryAccuracy()  # threshold=0.5
metric.update_state(y_true, y_pred)
accuracy = float(metric.result())
print(accuracy)
#> 0.5
# a prediction is 1 only if it is strictly above the threshold:
# the two predictions of exactly 0.5 count as 0, so both are wrong
as_label = (y_pred > 0.5).astype("float32")
print(as_label.ravel())
#> [0. 0. 1. 0.]
assert np.isclose(accuracy, np.mean(as_label == y_true))
assert np.isclose(accuracy, 0.5)

lower = tf.keras.metrics.BinaryAccuracy(threshold=0.4)  # 0.5 > 0.4
lower.update_state(y_true, y_pred)
print(float(lower.result()))
#> 1.0
assert np.isclose(float(lower.result()), 1.0)
