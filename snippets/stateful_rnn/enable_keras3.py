# Keras 3: batch_input_shape is gone; start with Input(batch_shape=...)
import tensorflow as tf

model = tf.keras.Sequential(
    [
        tf.keras.Input(batch_shape=(2, 4, 1)),
        tf.keras.layers.SimpleRNN(3, stateful=True),
        tf.keras.layers.Dense(1),
    ]
)
print(model.input_shape)  # the batch size is part of the shape
#> (2, 4, 1)
rnn = model.layers[0]
print(rnn.stateful, [tuple(s.shape) for s in rnn.states])
#> True [(2, 3)]
assert [tuple(s.shape) for s in rnn.states] == [(2, 3)]

try:  # the TF 2.4 way is refused
    tf.keras.layers.SimpleRNN(3, batch_input_shape=(2, 4, 1))
    refused = False
except ValueError:
    refused = True
assert refused
