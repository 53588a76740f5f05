import tensorflow as tf

model = tf.keras.Sequential(
    [
        tf.keras.layers.SimpleRNN(
            3, stateful=True, batch_input_shape=(2, 4, 1)
        ),
        tf.keras.layers.Dense(1),
    ]
)
print(model.input_shape)  # the batch size is part of the shape
#> (2, 4, 1)
rnn = model.layers[0]
print(rnn.stateful, [tuple(s.shape) for s in rnn.states])
#> True [(2, 3)]
assert [tuple(s.shape) for s in rnn.states] == [(2, 3)]

# TF 2.4 also takes Keras 3's way: Input(batch_shape=...) first
first_input = tf.keras.Sequential(
    [
        tf.keras.Input(batch_shape=(2, 4, 1)),
        tf.keras.layers.SimpleRNN(3, stateful=True),
    ]
)
assert first_input.input_shape == model.input_shape == (2, 4, 1)
assert tuple(first_input.layers[0].states[0].shape) == (2, 3)
