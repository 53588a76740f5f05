import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import RNN


class RunningSum(tf.keras.layers.Layer):
    """A cell: one step of the loop, with a state of size 1."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.state_size = 1

    def call(self, inputs, states):
        total = states[0] + tf.reduce_sum(
            inputs, axis=-1, keepdims=True
        )
        return total, [total]  # (output of the step, new states)


x = np.arange(6, dtype="float32").reshape(1, 3, 2)
out = RNN(RunningSum(), return_sequences=True)(x).numpy()
print(out[0, :, 0])
#> [ 1.  6. 15.]
assert np.allclose(out[0, :, 0], np.cumsum(x.sum(axis=-1)))
