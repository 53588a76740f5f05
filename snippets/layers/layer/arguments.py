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

# dynamic=True: a model holding such a layer runs eagerly
eager = tf.keras.Sequential([tf.keras.layers.Dense(1, dynamic=True)])
eager.compile(loss="mse")
assert eager.run_eagerly

try:  # only a few extra keywords are accepted through **kwargs
    tf.keras.layers.Dense(2, input_shape=(3,), batch_shape=(4, 3))
    refused = False
except TypeError as error:
    refused = True
    print(error)
    #> ('Keyword argument not understood:', 'batch_shape')
assert refused
