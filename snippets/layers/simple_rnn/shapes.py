import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import SimpleRNN

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.rand(8, 5, 3).astype("float32")  # (batch, steps, feat.)
rnn = SimpleRNN(4, return_sequences=True)
every = rnn(x)


def same_weights(**options):  # the other cases, the same weights
    layer = SimpleRNN(4, **options)
    layer.build(x.shape)
    layer.set_weights(rnn.get_weights())
    return layer(x)


last = same_weights()
output, state = same_weights(return_state=True)
print(last.shape, every.shape, output.shape, state.shape)
#> (8, 4) (8, 5, 4) (8, 4) (8, 4)
assert last.shape == (8, 4) and every.shape == (8, 5, 4)
assert np.allclose(last, every[:, -1])  # the last of the outputs
assert np.allclose(output, state)  # one state: the last output
assert np.allclose(output, last)
