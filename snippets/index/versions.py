import tensorflow as tf

print(tf.__version__)  # the TensorFlow this site runs on
#> 2.4.4
print(tf.keras.__version__)  # the Keras API bundled inside it
#> 2.4.0
assert (tf.__version__, tf.keras.__version__) == ("2.4.4", "2.4.0")

# tf.keras lives inside the tensorflow package and runs on TensorFlow
print(tf.keras.layers.Dense.__module__)
#> tensorflow.python.keras.layers.core
assert tf.keras.layers.Dense.__module__.startswith("tensorflow.")
print(tf.keras.backend.backend())
#> tensorflow
assert tf.keras.backend.backend() == "tensorflow"
