import numpy as np
import tensorflow as tf

y_true = np.array([1, 1, 1, 0, 0, 0, 1, 0], dtype="float32")
y_pred = np.array([0.9, 0.8, 0.3, 0.6, 0.1, 0.5, 0.7, 0.2])

positive = y_pred > 0.5  # strictly above: the 0.5 is a negative
tp = np.sum(positive & (y_true == 1))
fp = np.sum(positive & (y_true == 0))
fn = np.sum(~positive & (y_true == 1))
print(tp, fp, fn)
#> 3 1 1

precision = tf.keras.metrics.Precision()
recall = tf.keras.metrics.Recall()
precision.update_state(y_true, y_pred)
recall.update_state(y_true, y_pred)
p, r = float(precision.result()), float(recall.result())
print(round(p, 4), round(r, 4))
#> 0.75 0.75
assert np.isclose(p, tp / (tp + fp))  # of the predicted 1s, how many
assert np.isclose(r, tp / (tp + fn))  # of the real 1s, how many found
