import tensorflow as tf
from tensorflow.keras.layers import Dense, Embedding, Flatten

model = tf.keras.Sequential(
    [Embedding(5, 2, input_length=3), Flatten(), Dense(1)]
)
print(model.layers[0].output_shape, model.output_shape)
#> (None, 3, 2) (None, 1)

try:  # without it the length is None and Flatten's size is unknown
    tf.keras.Sequential(
        [Embedding(5, 2, input_shape=(None,)), Flatten(), Dense(1)]
    )
except ValueError as error:
    print(error)
    #> The last dimension of the inputs to `Dense` should be defined.
    #> Found `None`.
