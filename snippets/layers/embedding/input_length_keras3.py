# Keras 3: input_length is deprecated and ignored; size Input instead
import warnings

import tensorflow as tf
from tensorflow.keras.layers import Dense, Embedding, Flatten

model = tf.keras.Sequential(
    [tf.keras.Input(shape=(3,)), Embedding(5, 2), Flatten(), Dense(1)]
)
print(model.layers[0].output.shape, model.output_shape)
#> (None, 3, 2) (None, 1)
assert model.output_shape == (None, 1)
assert not hasattr(model.layers[0], "output_shape")  # gone

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    layer = Embedding(5, 2, input_length=3)  # accepted, only warns
print(caught[0].message)
#> Argument `input_length` is deprecated. Just remove it.
assert "deprecated" in str(caught[0].message)
assert "input_length" not in layer.get_config()  # not kept

try:  # without a fixed length it is None and Flatten's size is unknown
    tf.keras.Sequential(
        [
            tf.keras.Input(shape=(None,)),
            Embedding(5, 2),
            Flatten(),
            Dense(1),
        ]
    )
    built = True
except ValueError as error:
    built = False
    print(error)
    #> Shapes used to initialize variables must be fully-defined (no
    #> `None` dimensions). Received: shape=(None, 1) for variable
    #> path='sequential_1/dense_1/kernel'
assert not built
