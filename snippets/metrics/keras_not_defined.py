# Raises NameError on purpose: import tensorflow does not define keras.
import tensorflow as tf

# ruff: noqa: F821 (the undefined name is the point of this snippet)
model = tf.keras.Sequential(
    [tf.keras.layers.Dense(3, input_shape=(4,))]
)
model.compile(metrics=[keras.metrics.SparseCategoricalAccuracy()])
#> NameError: name 'keras' is not defined
