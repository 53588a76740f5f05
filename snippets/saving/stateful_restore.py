import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
np.random.seed(0)
batch1 = np.random.rand(2, 4, 1).astype("float32")
batch2 = np.random.rand(2, 4, 1).astype("float32")
model = tf.keras.Sequential(
    [
        tf.keras.layers.SimpleRNN(
            3, stateful=True, batch_input_shape=(2, 4, 1)
        )
    ]
)
model(batch1)

# HDF5 drops the state: keep it next to the model yourself
model.save("rnn.h5")
np.save("rnn_state.npy", model.layers[0].states[0].numpy())

loaded = tf.keras.models.load_model("rnn.h5")
loaded.layers[0].reset_states(states=np.load("rnn_state.npy"))
got, expected = loaded(batch2), model(batch2)
print(np.round(got[0], 4), np.round(expected[0], 4))
#> [-0.841  -0.6816  0.6574] [-0.841  -0.6816  0.6574]
assert np.allclose(got, expected)
