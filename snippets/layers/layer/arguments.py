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

try:  # only a few extra keywords are accepted through **kwargs
    tf.keras.layers.Dense(2, input_shape=(3,), batch_shape=(4, 3))
except TypeError as error:
    print(error)
    #> ('Keyword argument not understood:', 'batch_shape')
