# Keras 3: fewer keywords get through **kwargs; others raise ValueError
import warnings

import numpy as np
import tensorflow as tf

frozen = tf.keras.layers.Dense(2, trainable=False)
frozen.build((None, 3))
print(len(frozen.trainable_weights), len(frozen.non_trainable_weights))
#> 0 2
assert not frozen.trainable_weights  # both moved to non-trainable

print(frozen.name, tf.keras.layers.Dense(2).name)  # made from the class
#> dense dense_1
assert frozen.name == "dense"
assert tf.keras.layers.Dense(2).name == "dense_2"
print(frozen.dtype)  # the global policy: float32 unless changed
#> float32
assert frozen.dtype == "float32"
tf.keras.mixed_precision.set_global_policy("float64")
try:
    assert tf.keras.layers.Dense(2).dtype == "float64"  # follows it
finally:
    tf.keras.mixed_precision.set_global_policy("float32")

# TF 2.4's extra keywords are gone, and unknown ones raise ValueError
for kw in ["dynamic", "batch_input_shape", "batch_size", "weights"]:
    try:
        tf.keras.layers.Dense(2, **{kw: None})
        refused = False
    except ValueError as error:
        refused = True
        print(error)
        #> Unrecognized keyword arguments passed to Dense: {'dynamic':
        #> None}
        #> Unrecognized keyword arguments passed to Dense:
        #> {'batch_input_shape': None}
        #> Unrecognized keyword arguments passed to Dense:
        #> {'batch_size': None}
        #> Unrecognized keyword arguments passed to Dense: {'weights':
        #> None}
    assert refused

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    tf.keras.layers.Dense(2, input_shape=(3,))  # still accepted
    tf.keras.layers.Dense(2, input_dim=3)  # this one too
print(caught[0].message)
#> Do not pass an `input_shape`/`input_dim` argument to a layer. When
#> using Sequential models, prefer using an `Input(shape)` object as the
#> first layer in the model instead.
messages = {str(warning.message) for warning in caught}
assert len(caught) == 2 and len(messages) == 1  # the same warning


class Seen(tf.keras.layers.Layer):  # returns its input as it gets it
    def call(self, x):
        return x


tf.keras.mixed_precision.set_global_policy("mixed_float16")
try:  # autocast casts float inputs to the compute dtype before call()
    cast = Seen()(np.ones(2, "float32")).dtype
    kept = Seen(autocast=False)(np.ones(2, "float32")).dtype
finally:
    tf.keras.mixed_precision.set_global_policy("float32")
assert cast == "float16" and kept == "float32"
