# Keras 3: .keras, .h5 and .weights.h5 all restore the state as zeros
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
batch1 = np.random.rand(2, 4, 1).astype("float32")
batch2 = np.random.rand(2, 4, 1).astype("float32")


def make_model():
    return tf.keras.Sequential(
        [
            tf.keras.Input(batch_shape=(2, 4, 1)),
            tf.keras.layers.SimpleRNN(3, stateful=True),
        ]
    )


model = make_model()
model(batch1)  # the state now holds where batch1 ended
print(np.round(model.layers[0].states[0].numpy()[0], 4))
#> [-0.8512 -0.525  -0.4301]

model.save("rnn.keras")  # Keras 3's own format
model.save("rnn.h5")  # HDF5
model.save_weights("rnn.weights.h5")  # weights only
expected = model(batch2)

restored = {
    "rnn.keras": tf.keras.models.load_model("rnn.keras"),
    "rnn.h5": tf.keras.models.load_model("rnn.h5"),
    "rnn.weights.h5": make_model(),
}
restored["rnn.weights.h5"].load_weights("rnn.weights.h5")

for path, loaded in restored.items():
    state = loaded.layers[0].states[0].numpy()
    print(path, np.round(state[0], 4))
    #> rnn.keras [0. 0. 0.]
    #> rnn.h5 [0. 0. 0.]
    #> rnn.weights.h5 [0. 0. 0.]
    assert not state.any()  # the state came back as zeros
    # the weights are the same, so only the lost state can differ
    for a, b in zip(loaded.get_weights(), model.get_weights()):
        assert np.array_equal(a, b)
    assert not np.allclose(loaded(batch2), expected)

# save_weights() has no TF checkpoint format any more
try:
    model.save_weights("weights_ckpt")
except ValueError as error:
    print(error)
    #> The filename must end in `.weights.h5`. Received:
    #> filepath=weights_ckpt
    assert ".weights.h5" in str(error)
