# Keras 3: batch_input_shape is gone; start with Input(batch_shape=...)
import numpy as np
import tensorflow as tf

np.random.seed(0)
tf.keras.utils.set_random_seed(0)  # Keras 3 ignores tf.random.set_seed

# 2 series of 12 steps, cut into 3 chunks of 4 steps: rows 0-1 hold
# steps 0-3, rows 2-3 steps 4-7, rows 4-5 steps 8-11. Row i of a batch
# continues row i of the batch before it.
series = np.random.rand(2, 12, 1).astype("float32")
x = np.concatenate([series[:, 0:4], series[:, 4:8], series[:, 8:12]])
y = np.zeros((6, 1), dtype="float32")

rnn = tf.keras.layers.SimpleRNN(3, stateful=True)
model = tf.keras.Sequential(
    [
        tf.keras.Input(batch_shape=(2, 4, 1)),
        rnn,
        tf.keras.layers.Dense(1),
    ]
)
# learning rate 0 keeps the weights fixed, to compare states
model.compile(tf.keras.optimizers.SGD(learning_rate=0.0), "mse")
whole = tf.keras.layers.SimpleRNN(3)  # all 12 steps in one call
whole.build((2, 12, 1))
whole.set_weights(rnn.get_weights())
expected = whole(series).numpy()

model.fit(x, y, batch_size=2, shuffle=False, verbose=0)
state = rnn.states[0].numpy()
print(state.round(4))
#> [[-0.8763 -0.6641 -0.4436]
#>  [-0.8927 -0.6567 -0.5403]]
assert np.allclose(state, expected, atol=1e-6)  # chunks in order

rnn.reset_state()
model.fit(x, y, batch_size=2, shuffle=True, verbose=0)
state = rnn.states[0].numpy()
print(state.round(4))
#> [[-0.9236 -0.7915 -0.4932]
#>  [-0.7521 -0.1039 -0.2902]]
assert not np.allclose(state, expected, atol=1e-6)  # chunks mixed up
