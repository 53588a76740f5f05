import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import RNN, SimpleRNNCell

x = np.array([[[1.0], [0.0], [2.0]]])  # (batch=1, steps=3, features=1)
mask = tf.constant([[True, False, True]])  # step 1 is padding


def layer(**kwargs):
    cell = SimpleRNNCell(  # fixed weights: kernel and recurrent ones
        1, kernel_initializer="ones", recurrent_initializer="ones"
    )
    options = {"return_sequences": True, **kwargs}
    return RNN(cell, **options)


repeat = layer()(x, mask=mask).numpy()[0, :, 0]
zeros = layer(zero_output_for_mask=True)(x, mask=mask).numpy()[0, :, 0]
print(repeat.round(4))  # the masked step repeats the step before
#> [0.7616 0.7616 0.992 ]
print(zeros.round(4))  # the masked step outputs 0
#> [0.7616 0.     0.992 ]
assert repeat[1] == repeat[0] and zeros[1] == 0
assert np.allclose(repeat[[0, 2]], zeros[[0, 2]])  # same state
assert np.isclose(repeat[2], np.tanh(2 + np.tanh(1)))  # step 1 skipped

# return_sequences=False: when the LAST step is masked, the output is
# 0 with zero_output_for_mask=True, the last kept step's without it
last_masked = tf.constant([[True, True, False]])
kept = np.tanh(0 + np.tanh(1))  # the state after steps 0 and 1
for zero_output in [False, True]:
    output, state = layer(
        return_sequences=False,
        return_state=True,
        zero_output_for_mask=zero_output,
    )(x, mask=last_masked)
    print(zero_output, output.numpy().round(4), state.numpy().round(4))
    #> False [[0.642]] [[0.642]]
    #> True [[0.]] [[0.642]]
    assert np.isclose(output[0, 0], 0 if zero_output else kept)
    assert np.isclose(state[0, 0], kept)  # the state is the same
