import numpy as np
import tensorflow as tf

y_true = np.array([[1.0, 0.0], [1.0, 1.0]], dtype="float32")
y_pred = np.array([[1.0, 0.0], [-1.0, 0.0]], dtype="float32")


def unit(a):
    return a / np.linalg.norm(a, axis=-1, keepdims=True)


cosine = np.sum(unit(y_true) * unit(y_pred), axis=-1)
print(np.round(cosine, 4))  # same direction, then 135 degrees apart
#> [ 1.     -0.7071]

loss = float(tf.keras.losses.CosineSimilarity()(y_true, y_pred))
print(round(loss, 4))
#> -0.1464
assert np.isclose(loss, -cosine.mean())  # the loss is MINUS the cosine
same = float(tf.keras.losses.CosineSimilarity()(y_true, y_true))
opposite = float(tf.keras.losses.CosineSimilarity()(y_true, -y_true))
print(round(same, 4), round(opposite, 4))
#> -1.0 1.0
assert np.isclose(same, -1.0) and np.isclose(opposite, 1.0)

metric = tf.keras.metrics.CosineSimilarity()
metric.update_state(y_true, y_pred)
similarity = float(metric.result())
print(round(similarity, 4))
#> 0.1464
assert np.isclose(similarity, cosine.mean())  # the metric keeps the +
