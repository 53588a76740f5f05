import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import SimpleRNN

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.rand(8, 5, 3).astype("float32")
plain = SimpleRNN(4)
plain.build(x.shape)
for rates in [{"dropout": 0.5}, {"recurrent_dropout": 0.5}]:
    rnn = SimpleRNN(4, **rates)
    rnn.build(x.shape)
    rnn.set_weights(plain.get_weights())
    same = [  # the same as without dropout?
        np.allclose(rnn(x, training=training), plain(x))
        for training in [False, True]
    ]
    print(*rates, same)  # random drops in training only
    #> dropout [True, False]
    #> recurrent_dropout [True, False]
    assert same == [True, False]
