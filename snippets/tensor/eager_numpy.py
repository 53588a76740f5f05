import numpy as np
import tensorflow as tf

assert tf.executing_eagerly()  # the default in TensorFlow 2
tensor = tf.constant([[1.0, 2.0], [3.0, 4.0]])
print(type(tensor).__name__)
#> EagerTensor
print(tensor.numpy())
#> [[1. 2.]
#>  [3. 4.]]
total = tf.reduce_sum(tensor)  # an operation: a value at once
assert type(total).__name__ == "EagerTensor" and total.numpy() == 10.0
assert isinstance(tensor.numpy(), np.ndarray)
