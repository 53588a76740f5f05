# Keras 3: the RNN itself rejects the batch, with a clear ValueError
# (and batch_input_shape is gone: start with Input(batch_shape=...))
import re

import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [
        tf.keras.Input(batch_shape=(2, 4, 1)),
        tf.keras.layers.SimpleRNN(3, stateful=True),
        tf.keras.layers.Dense(1),
    ]
)
model.compile(optimizer="sgd", loss="mse")
x, y = np.zeros((8, 4, 1)), np.zeros((8, 1))
try:
    model.fit(x, y, batch_size=4, shuffle=False, verbose=0)
    raised = False
except ValueError as error:
    raised = True
    message = re.sub(r"\x1b\[\d+m", "", str(error))  # no bold codes
    print("\n".join(message.splitlines()[2:5]))
    #> If an RNN is stateful, the batch size of the input sequences must
    #> be the same as the batch size of the initial state.
    #> - Expected batch size: 2
    #> - Received batch size: 4
assert raised
assert "Expected batch size: 2" in message
assert "Received batch size: 4" in message
