# Keras 3: no dtype argument; lists and arrays give float64 NumPy arrays
import numpy as np
import tensorflow as tf

int_labels = [1, 0, 2]
one_hot = tf.keras.utils.to_categorical(int_labels, num_classes=3)
print(one_hot)
#> [[0. 1. 0.]
#>  [1. 0. 0.]
#>  [0. 0. 1.]]
print(type(one_hot).__name__, one_hot.dtype)
#> ndarray float64
assert isinstance(one_hot, np.ndarray) and one_hot.dtype == np.float64
assert np.array_equal(one_hot, np.eye(3)[int_labels])
# num_classes=None: max(x) + 1 columns
assert tf.keras.utils.to_categorical(int_labels).shape == (3, 3)

# cast it yourself where float32 matters
print(one_hot.astype("float32").dtype)
#> float32

# a tensor of labels gives a float32 tensor instead
from_tensor = tf.keras.utils.to_categorical(
    tf.constant(int_labels), num_classes=3
)
print(type(from_tensor).__name__, from_tensor.dtype.name)
#> EagerTensor float32
assert tf.is_tensor(from_tensor) and from_tensor.dtype == tf.float32
assert np.array_equal(from_tensor.numpy(), one_hot)
