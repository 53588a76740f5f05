# Raises AttributeError on purpose: a traced tensor has no value.
import tensorflow as tf


@tf.function
def to_numpy(tensor):
    assert tensor.shape == (2,) and tensor.dtype == tf.float32
    return tensor.numpy()


to_numpy(tf.constant([1.0, 2.0]))
#> AttributeError: 'Tensor' object has no attribute 'numpy'
