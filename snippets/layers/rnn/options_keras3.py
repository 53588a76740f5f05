# Keras 3: time_major is gone (ValueError); transpose the input yourself
import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import RNN, SimpleRNNCell

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.rand(2, 5, 3).astype("float32")  # (batch, steps, feat.)
plain = RNN(SimpleRNNCell(4), return_sequences=True)
seq = plain(x).numpy()


def variant(**kwargs):
    layer = RNN(SimpleRNNCell(4), return_sequences=True, **kwargs)
    layer.build((None, None, 3))  # weights depend on features only
    layer.set_weights(plain.get_weights())
    return layer


# go_backwards: reads the steps last-to-first, outputs in that order
back = variant(go_backwards=True)(x).numpy()
assert np.allclose(back, plain(x[:, ::-1]).numpy(), atol=1e-6)
# time_major: no longer an argument, of RNN nor of LSTM
refused = []
for layer in [RNN, tf.keras.layers.LSTM]:
    try:
        layer(SimpleRNNCell(4) if layer is RNN else 4, time_major=True)
    except ValueError as error:
        refused.append(layer)
        print(error)
        #> Unrecognized keyword arguments passed to RNN: {'time_major':
        #> True}
        #> Unrecognized keyword arguments passed to LSTM: {'time_major':
        #> True}
assert refused == [RNN, tf.keras.layers.LSTM]
# a (steps, batch, features) array: transpose it in and out
x_tm = np.transpose(x, (1, 0, 2))
tm = np.transpose(plain(np.transpose(x_tm, (1, 0, 2))), (1, 0, 2))
print(x_tm.shape, "->", tm.shape)
#> (5, 2, 3) -> (5, 2, 4)
assert np.allclose(np.transpose(tm, (1, 0, 2)), seq, atol=1e-6)
# unroll: a Python loop instead of a symbolic one, same numbers
assert np.allclose(variant(unroll=True)(x).numpy(), seq, atol=1e-6)
