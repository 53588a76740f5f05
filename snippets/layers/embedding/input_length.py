import tensorflow as tf
from tensorflow.keras.layers import Dense, Embedding, Flatten

model = tf.keras.Sequential(
    [Embedding(5, 2, input_length=3), Flatten(), Dense(1)]
)
print(model.layers[0].output_shape, model.output_shape)
#> (None, 3, 2) (None, 1)
assert model.output_shape == (None, 1)

print(tf.keras.Sequential([Embedding(5, 2)]).input_shape)  # no length
#> (None, None)
try:  # so Flatten's output size is unknown, and Dense fails
    tf.keras.Sequential([Embedding(5, 2), Flatten(), Dense(1)])
    built = True
except ValueError as error:
    built = False
    print(error)
    #> The last dimension of the inputs to `Dense` should be defined.
    #> Found `None`.
assert not built

# a length fixed by the input shape does the same as input_length
fixed = tf.keras.Sequential(
    [Embedding(5, 2, input_shape=(3,)), Flatten(), Dense(1)]
)
assert fixed.output_shape == (None, 1)
