# Keras 3: fewer keywords get through **kwargs; others raise ValueError
import warnings

import tensorflow as tf

frozen = tf.keras.layers.Dense(2, trainable=False)
frozen.build((None, 3))
print(len(frozen.trainable_weights), len(frozen.non_trainable_weights))
#> 0 2
assert not frozen.trainable_weights  # both moved to non-trainable

print(frozen.name, tf.keras.layers.Dense(2).name)  # made from the class
#> dense dense_1
assert frozen.name == "dense"
print(frozen.dtype)  # the global policy: float32 unless changed
#> float32

# TF 2.4's extra keywords are gone, and unknown ones raise ValueError
for kw in ["dynamic", "batch_input_shape", "batch_size", "weights"]:
    try:
        tf.keras.layers.Dense(2, **{kw: None})
    except ValueError as error:
        print(error)
        #> Unrecognized keyword arguments passed to Dense: {'dynamic':
        #> None}
        #> Unrecognized keyword arguments passed to Dense:
        #> {'batch_input_shape': None}
        #> Unrecognized keyword arguments passed to Dense:
        #> {'batch_size': None}
        #> Unrecognized keyword arguments passed to Dense: {'weights':
        #> None}

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    tf.keras.layers.Dense(2, input_shape=(3,))  # still accepted
print(caught[0].message)
#> Do not pass an `input_shape`/`input_dim` argument to a layer. When
#> using Sequential models, prefer using an `Input(shape)` object as the
#> first layer in the model instead.
