import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import LSTM

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.rand(8, 5, 3).astype("float32")  # (batch, steps, feat.)
lstm = LSTM(4, return_sequences=True, return_state=True)
sequence, h, c = lstm(x)  # h: last output, c: last cell state
print(sequence.shape, h.shape, c.shape)
#> (8, 5, 4) (8, 4) (8, 4)
assert sequence.shape == (8, 5, 4)
assert h.shape == c.shape == (8, 4)
assert np.allclose(sequence[:, -1], h)


def same_weights(**options):  # the other three cases, same weights
    layer = LSTM(4, **options)
    layer.build(x.shape)
    layer.set_weights(lstm.get_weights())
    return layer(x)


last = same_weights()  # defaults: only the last output
every = same_weights(return_sequences=True)
with_states = same_weights(return_state=True)  # [output, h, c]
print(last.shape, every.shape, [tuple(t.shape) for t in with_states])
#> (8, 4) (8, 5, 4) [(8, 4), (8, 4), (8, 4)]
assert last.shape == (8, 4) and np.allclose(last, h)
assert every.shape == (8, 5, 4) and np.allclose(every, sequence)
assert len(with_states) == 3
assert np.allclose(with_states[0], h) and np.allclose(with_states[2], c)
assert LSTM is tf.keras.layers.LSTM  # the import the notes meant
