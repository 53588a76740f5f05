# Keras 3: no Theano; keras.ops.sum is the backend-neutral sum
import keras
import numpy as np
import tensorflow as tf

# shape (batch, time, features) = (1, 3, 2), as in the notes' loss
y_pred = tf.constant([[[0.2, 0.8], [0.6, 0.4], [0.5, 0.5]]])
skill = tf.constant([[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]])

# keras.ops.sum computes at once: on the TF backend, an eager tensor
summed = keras.ops.sum(y_pred * skill, axis=2)
print(type(summed).__name__, summed.dtype.name)
#> EagerTensor float32
assert type(summed).__name__ == "EagerTensor"  # numbers, not a graph
assert tf.is_tensor(summed) and summed.dtype == tf.float32

# the same numbers as NumPy and tf.reduce_sum, no .numpy() needed
with_keras = keras.ops.convert_to_numpy(summed)
with_numpy = np.sum((y_pred * skill).numpy(), axis=2, dtype="float32")
with_tf = tf.reduce_sum(y_pred * skill, axis=2).numpy()
print(np.round(with_keras, 4), with_keras.dtype)
#> [[1.8 3.4 5.5]] float32
print(np.round(with_numpy, 4), np.round(with_tf, 4))
#> [[1.8 3.4 5.5]] [[1.8 3.4 5.5]]
assert np.allclose(with_keras, with_numpy)
assert np.allclose(with_tf, with_numpy)
assert (
    with_keras.dtype == with_numpy.dtype == with_tf.dtype == "float32"
)
