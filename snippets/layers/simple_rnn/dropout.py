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
assert np.allclose(rnn(x, training=False), plain(x))
assert not np.allclose(rnn(x, training=True), plain(x))
print(np.round(plain(x)[0], 4))
#> [-0.2995 -0.075  -0.2302  0.4037]
print(np.round(rnn(x, training=True)[0], 4))  # random drops
#> [ 0.4999  0.9693 -0.9048  0.6018]
