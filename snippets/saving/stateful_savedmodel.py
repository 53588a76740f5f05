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
model(batch1)  # the state now holds where batch1 ended
state = model.layers[0].states[0].numpy()
# the state is no weight: kernel, recurrent kernel and bias are
assert len(model.weights) == 3

model.save("rnn")  # SavedModel, the TF 2.4 default
loaded = tf.keras.models.load_model("rnn")
loaded_state = loaded.layers[0].states[0].numpy()
print(np.round(state[0], 4))
#> [-0.8155 -0.6216  0.5397]
print(np.round(loaded_state[0], 4))
#> [-0.8155 -0.6216  0.5397]
assert np.array_equal(loaded_state, state)
# so the next batch goes on from the saved state in both models
assert np.allclose(loaded(batch2), model(batch2))
loaded.reset_states()  # to start from zeros instead
assert not loaded.layers[0].states[0].numpy().any()

# the state is stored as a variable of the SavedModel
variables = tf.train.list_variables("rnn/variables/variables")
names = [n.split("/.")[0] for n, _ in variables if "states" in n]
print(names)
#> ['layer_with_weights-0/keras_api/states/0']
assert names == ["layer_with_weights-0/keras_api/states/0"]
