import numpy as np
import tensorflow as tf

int_labels = [1, 0, 2]
one_hot = tf.keras.utils.to_categorical(int_labels, num_classes=3)
print(one_hot)
#> [[0. 1. 0.]
#>  [1. 0. 0.]
#>  [0. 0. 1.]]
print(type(one_hot).__name__, one_hot.dtype)
#> ndarray float32
assert isinstance(one_hot, np.ndarray) and one_hot.dtype == np.float32
assert np.array_equal(one_hot, np.eye(3)[int_labels])

# num_classes=None: max(y) + 1 columns; dtype: another dtype on request
as_int = tf.keras.utils.to_categorical(int_labels, dtype="int32")
print(as_int.shape, as_int.dtype)
#> (3, 3) int32
assert as_int.shape == (3, 3) and as_int.dtype == np.int32
