# Keras 3: reset_states(states=...) is gone; assign to layer.states
import inspect

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
batch1 = np.random.rand(2, 4, 1).astype("float32")
batch2 = np.random.rand(2, 4, 1).astype("float32")
model = tf.keras.Sequential(
    [
        tf.keras.Input(batch_shape=(2, 4, 1)),
        tf.keras.layers.SimpleRNN(3, stateful=True),
    ]
)
model(batch1)

# .keras drops the state: keep it next to the model yourself
model.save("rnn.keras")
np.save("rnn_state.npy", model.layers[0].states[0].numpy())

loaded = tf.keras.models.load_model("rnn.keras")
# reset_states() takes no states any more: assign the variable instead
reset = inspect.signature(loaded.layers[0].reset_states)
print(list(reset.parameters))
#> []
assert not reset.parameters
loaded.layers[0].states[0].assign(np.load("rnn_state.npy"))
got, expected = loaded(batch2), model(batch2)
print(np.round(got[0], 4), np.round(expected[0], 4))
#> [-0.8786 -0.6511 -0.4347] [-0.8786 -0.6511 -0.4347]
assert np.allclose(got, expected)
