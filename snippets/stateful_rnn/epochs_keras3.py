# Keras 3: Model.reset_states() is gone; call reset_state() on the layer
# (and batch_input_shape is gone: start with Input(batch_shape=...))
import numpy as np
import tensorflow as tf

np.random.seed(0)
tf.keras.utils.set_random_seed(0)  # Keras 3 ignores tf.random.set_seed

series = np.random.rand(2, 8, 1).astype("float32")  # 2 series, 8 steps
x = np.concatenate([series[:, 0:4], series[:, 4:8]])  # 2 chunks each
y = np.zeros((4, 1), dtype="float32")

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
whole = tf.keras.layers.SimpleRNN(3)  # the series in one call
whole.build((2, None, 1))
whole.set_weights(rnn.get_weights())
once = whole(series).numpy()
twice = whole(np.concatenate([series, series], axis=1)).numpy()

# fit() does not reset: epoch 2 continues from the end of epoch 1
model.fit(x, y, batch_size=2, shuffle=False, epochs=2, verbose=0)
print(np.allclose(rnn.states[0], twice, atol=1e-6))
#> True
assert np.allclose(rnn.states[0], twice, atol=1e-6)

# reset_state() at the start of each epoch: every epoch starts fresh
reset = tf.keras.callbacks.LambdaCallback(
    on_epoch_begin=lambda epoch, logs: rnn.reset_state()
)
model.fit(
    x,
    y,
    batch_size=2,
    shuffle=False,
    epochs=2,
    verbose=0,
    callbacks=[reset],
)
print(np.allclose(rnn.states[0], once, atol=1e-6))
#> True
assert np.allclose(rnn.states[0], once, atol=1e-6)
