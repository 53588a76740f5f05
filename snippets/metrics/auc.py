import numpy as np
import tensorflow as tf

y_true = np.array([0, 0, 1, 1, 0, 1], dtype="float32")
y_pred = np.array([0.1, 0.4, 0.35, 0.8, 0.6, 0.9], dtype="float32")

auc = tf.keras.metrics.AUC()  # ROC curve, 200 thresholds
auc.update_state(y_true, y_pred)
value = float(auc.result())
print(round(value, 4))
#> 0.7778

# exact ROC AUC: the share of (positive, negative) pairs ranked right
pos, neg = y_pred[y_true == 1], y_pred[y_true == 0]
pairs = pos[:, None] > neg[None, :]
print(pairs.sum(), "of", pairs.size)
#> 7 of 9
assert np.isclose(value, pairs.mean(), atol=1e-3)  # an approximation

coarse = tf.keras.metrics.AUC(num_thresholds=3)  # 0, 0.5 and 1 only
coarse.update_state(y_true, y_pred)
print(round(float(coarse.result()), 4))
#> 0.6667
assert not np.isclose(float(coarse.result()), pairs.mean(), atol=0.05)
# evenly spaced thresholds (the ends nudged just past 0 and 1)
assert np.allclose(coarse.thresholds, [0.0, 0.5, 1.0], atol=1e-6)
