# Keras 3: the default reduction is renamed and 'auto' is refused
import numpy as np
import tensorflow as tf

y_true = np.array([[0.0, 1.0], [2.0, 3.0]], dtype="float32")
y_pred = np.array([[1.0, 1.0], [2.0, 5.0]], dtype="float32")

default = tf.keras.losses.MeanSquaredError()
print(default.reduction)  # the name of the default
#> sum_over_batch_size
assert default.reduction == "sum_over_batch_size"
explicit = tf.keras.losses.MeanSquaredError(
    reduction="sum_over_batch_size"
)
values = [float(f(y_true, y_pred)) for f in (default, explicit)]
print(values)  # both: the mean over the batch
#> [1.25, 1.25]
assert np.allclose(values, 1.25)

refused = False
try:
    tf.keras.losses.MeanSquaredError(reduction="auto")  # TF 2.4's
except ValueError as error:
    print(str(error).split(". ")[0])  # the rest lists the valid names
    #> Invalid value for argument `reduction`
    refused = True
assert refused
