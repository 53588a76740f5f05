import tensorflow as tf

# tf.keras has exactly one backend: the TensorFlow it ships with
print(tf.keras.backend.backend())
#> tensorflow
assert tf.keras.backend.backend() == "tensorflow"
print(hasattr(tf.keras.backend, "set_backend"))
#> False
assert not hasattr(tf.keras.backend, "set_backend")
