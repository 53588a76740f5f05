# Keras 3: save() has no SavedModel; export() keeps the state to serve
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
model(batch1)  # the state now holds where batch1 ended
state = model.layers[0].states[0].numpy()
# the state is no weight: kernel, recurrent kernel and bias are
assert len(model.weights) == 3
print(np.round(state[0], 4))
#> [-0.8512 -0.525  -0.4301]

model.export("rnn", verbose=False)  # SavedModel, inference only
served = tf.saved_model.load("rnn")
# the state variable went into the SavedModel with the weights
shapes = [
    s for n, s in tf.train.list_variables("rnn/variables/variables")
]
print([2, 3] in shapes)
#> True
assert [2, 3] in shapes
# so serving goes on from the saved state, as the model does
got, expected = served.serve(batch2), model(batch2)
print(np.round(got.numpy()[0], 4), np.allclose(got, expected))
#> [-0.8786 -0.6511 -0.4347] True
assert np.allclose(got, expected)
# and the endpoint keeps updating that state, call after call
assert np.allclose(served.serve(batch2), model(batch2))
