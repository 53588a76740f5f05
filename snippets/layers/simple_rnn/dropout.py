import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import SimpleRNN

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.rand(2, 5, 3).astype("float32")
rnn = SimpleRNN(4, dropout=0.5, recurrent_dropout=0.5)
plain = SimpleRNN(4)
plain.build(x.shape)
rnn.build(x.shape)
plain.set_weights(rnn.get_weights())

# dropout is active only in training
print(np.allclose(rnn(x, training=False), plain(x)))
#> True
print(np.allclose(rnn(x, training=True), plain(x)))  # random drops
#> False
assert np.allclose(rnn(x, training=False), plain(x))
assert not np.allclose(rnn(x, training=True), plain(x))
