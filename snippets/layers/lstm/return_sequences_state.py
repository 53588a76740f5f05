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

last_only = LSTM(4)
last_only.build(x.shape)
last_only.set_weights(lstm.get_weights())
print(last_only(x).shape)  # defaults: only the last output
#> (8, 4)
assert np.allclose(last_only(x), h)

both = LSTM(4, return_state=True)
both.build(x.shape)
both.set_weights(lstm.get_weights())
print([tuple(t.shape) for t in both(x)])  # [output, h, c]
#> [(8, 4), (8, 4), (8, 4)]
