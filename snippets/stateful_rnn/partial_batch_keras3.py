# Keras 3: a last, partial batch no longer fails: it is broadcast
# (and batch_input_shape is gone: start with Input(batch_shape=...))
import re

import numpy as np
import tensorflow as tf

np.random.seed(0)

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
x, y = np.random.rand(5, 4, 1), np.zeros((5, 1))

# 5 = 2 + 2 + 1: no error, and the 1 sample continues BOTH state rows
model.fit(x, y, batch_size=2, shuffle=False, verbose=0)
after_fit = rnn.states[0].numpy()
rnn.reset_state()
model(x[0:2])
model(x[2:4])
model(np.repeat(x[4:5], 2, axis=0))  # sample 4 given to both rows
print(np.allclose(after_fit, rnn.states[0].numpy(), atol=1e-6))
#> True
assert np.allclose(after_fit, rnn.states[0].numpy(), atol=1e-6)

try:  # batch_size forgotten: None means 32, so one batch of 4
    model.fit(x[:4], y[:4], verbose=0)
    raised = False
except tf.errors.InvalidArgumentError as error:
    raised = True
    # the op that fails first varies; each names the batch sizes 4 and 2
    pattern = r"Incompatible shapes: \[(\d+),\d+\] vs. \[(\d+),"
    sizes = re.search(pattern, error.message).groups()
    print(sorted(int(n) for n in sizes))
    #> [2, 4]
assert raised

try:  # batch_size=3: 5 = 3 + 2, no batch of the fixed size 2
    fresh = tf.keras.Sequential(
        [
            tf.keras.Input(batch_shape=(2, 4, 1)),
            tf.keras.layers.SimpleRNN(3, stateful=True),
        ]
    )
    fresh.compile(optimizer="sgd", loss="mse")
    fresh.fit(x, np.zeros((5, 3)), batch_size=3, verbose=0)
    wrong_size_failed = False
except tf.errors.InvalidArgumentError:  # not the layer's ValueError
    wrong_size_failed = True
assert wrong_size_failed

history = model.fit(
    x[:4], y[:4], batch_size=2, shuffle=False, verbose=0
)
print(len(history.history["loss"]))  # one epoch, no error
#> 1
