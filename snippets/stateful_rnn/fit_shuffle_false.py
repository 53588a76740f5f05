import numpy as np
import tensorflow as tf

np.random.seed(0)
tf.random.set_seed(0)

# 2 series of 12 steps, cut into 3 chunks of 4 steps: rows 0-1 hold
# steps 0-3, rows 2-3 steps 4-7, rows 4-5 steps 8-11. Row i of a batch
# continues row i of the batch before it.
series = np.random.rand(2, 12, 1).astype("float32")
x = np.concatenate([series[:, 0:4], series[:, 4:8], series[:, 8:12]])
y = np.zeros((6, 1), dtype="float32")


def final_state(shuffle):
    rnn = tf.keras.layers.SimpleRNN(
        3, stateful=True, batch_input_shape=(2, 4, 1)
    )
    model = tf.keras.Sequential([rnn, tf.keras.layers.Dense(1)])
    # learning rate 0 keeps the weights fixed, to compare states
    model.compile(tf.keras.optimizers.SGD(learning_rate=0.0), "mse")
    model.fit(x, y, batch_size=2, shuffle=shuffle, verbose=0)
    whole = tf.keras.layers.SimpleRNN(3)  # all 12 steps in one call
    whole.build((2, 12, 1))
    whole.set_weights(rnn.get_weights())
    return rnn.states[0].numpy(), whole(series).numpy()


state, expected = final_state(shuffle=False)
print(state.round(4))
#> [[-0.8395 -0.684   0.6638]
#>  [-0.8867 -0.7464  0.6032]]
assert np.allclose(state, expected, atol=1e-6)  # chunks in order

state, expected = final_state(shuffle=True)
print(state.round(4))
#> [[-0.7128  0.3923 -0.6989]
#>  [-0.5689  0.203  -0.4959]]
assert not np.allclose(state, expected, atol=1e-6)  # chunks mixed up
