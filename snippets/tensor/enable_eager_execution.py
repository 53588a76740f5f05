# Raises AttributeError on purpose: this TF 1.x call is gone in TF 2.
import tensorflow as tf

print(tf.executing_eagerly())  # eager is already the default
#> True
assert tf.executing_eagerly()
assert hasattr(tf.compat.v1, "enable_eager_execution")  # TF 1.x API
tf.enable_eager_execution()
#> AttributeError: module 'tensorflow' has no attribute
#> 'enable_eager_execution'
