import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
np.random.seed(0)
batch1 = np.random.rand(2, 4, 1).astype("float32")
batch2 = np.random.rand(2, 4, 1).astype("float32")


def make_model():
    return tf.keras.Sequential(
        [
            tf.keras.layers.SimpleRNN(
                3, stateful=True, batch_input_shape=(2, 4, 1)
            )
        ]
    )


model = make_model()
model(batch1)  # the state now holds where batch1 ended
print(np.round(model.layers[0].states[0].numpy()[0], 4))
#> [-0.8155 -0.6216  0.5397]

model.save("rnn.h5")  # HDF5
model.save("rnn_no_traces", save_traces=False)  # SavedModel, no traces
model.save_weights("weights.h5")  # weights only, HDF5
model.save_weights("weights_ckpt")  # weights only, TF checkpoint
expected = model(batch2)

restored = {
    "rnn.h5": tf.keras.models.load_model("rnn.h5"),
    "rnn_no_traces": tf.keras.models.load_model("rnn_no_traces"),
}
for path in ["weights.h5", "weights_ckpt"]:
    restored[path] = make_model()
    restored[path].load_weights(path)

for path, loaded in restored.items():
    state = loaded.layers[0].states[0].numpy()
    print(path, np.round(state[0], 4))
    #> rnn.h5 [0. 0. 0.]
    #> rnn_no_traces [0. 0. 0.]
    #> weights.h5 [0. 0. 0.]
    #> weights_ckpt [0. 0. 0.]
    assert not state.any()  # the state came back as zeros
    # the weights are the same, so only the lost state can differ
    for a, b in zip(loaded.get_weights(), model.get_weights()):
        assert np.array_equal(a, b)
    assert not np.allclose(loaded(batch2), expected)
