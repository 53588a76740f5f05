import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import RNN, SimpleRNNCell

x = np.array([[[1.0], [0.0], [2.0]]])  # (batch=1, steps=3, features=1)
mask = tf.constant([[True, False, True]])  # step 1 is padding


def layer(**kwargs):
    cell = SimpleRNNCell(  # fixed weights: kernel and recurrent ones
        1, kernel_initializer="ones", recurrent_initializer="ones"
    )
    return RNN(cell, return_sequences=True, **kwargs)


repeat = layer()(x, mask=mask).numpy()[0, :, 0]
zeros = layer(zero_output_for_mask=True)(x, mask=mask).numpy()[0, :, 0]
print(repeat.round(4))  # the masked step repeats the step before
#> [0.7616 0.7616 0.992 ]
print(zeros.round(4))  # the masked step outputs 0
#> [0.7616 0.     0.992 ]
assert repeat[1] == repeat[0] and zeros[1] == 0
assert np.allclose(repeat[[0, 2]], zeros[[0, 2]])  # same state
assert np.isclose(repeat[2], np.tanh(2 + np.tanh(1)))  # step 1 skipped
