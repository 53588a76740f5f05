import numpy as np
import tensorflow as tf

y_true = np.array([[0.0, 1.0], [2.0, 3.0]], dtype="float32")
y_pred = np.array([[1.0, 1.0], [2.0, 5.0]], dtype="float32")

default = tf.keras.losses.MeanSquaredError()
print(default.reduction)  # the name of the default
#> auto
assert default.reduction == "auto"
explicit = tf.keras.losses.MeanSquaredError(
    reduction="sum_over_batch_size"
)
auto = tf.keras.losses.MeanSquaredError(reduction="auto")
values = [float(f(y_true, y_pred)) for f in (default, explicit, auto)]
print(values)  # all three: the mean over the batch
#> [1.25, 1.25, 1.25]
assert np.allclose(values, 1.25)
