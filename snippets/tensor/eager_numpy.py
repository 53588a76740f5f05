import tensorflow as tf

tensor = tf.constant([[1.0, 2.0], [3.0, 4.0]])
print(type(tensor).__name__)
#> EagerTensor
print(tensor.numpy())
#> [[1. 2.]
#>  [3. 4.]]
