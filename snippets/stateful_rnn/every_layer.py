import numpy as np
import tensorflow as tf

x = np.random.default_rng(0).random((2, 4, 1), dtype="float32")
for layer in [
    tf.keras.layers.SimpleRNN(3, stateful=True),
    tf.keras.layers.LSTM(3, stateful=True),  # two states: h and c
    tf.keras.layers.GRU(3, stateful=True),
    tf.keras.layers.RNN(
        tf.keras.layers.SimpleRNNCell(3), stateful=True
    ),
]:
    first, second = layer(x).numpy(), layer(x).numpy()  # state carried
    print(type(layer).__name__, [tuple(s.shape) for s in layer.states])
    #> SimpleRNN [(2, 3)]
    #> LSTM [(2, 3), (2, 3)]
    #> GRU [(2, 3)]
    #> RNN [(2, 3)]
    assert not np.allclose(first, second)

try:  # a model without a fixed batch size cannot build the states
    tf.keras.Sequential(
        [
            tf.keras.Input(shape=(4, 1)),  # batch size left open
            tf.keras.layers.SimpleRNN(3, stateful=True),
        ]
    )
    refused = False
except ValueError:
    refused = True
assert refused
