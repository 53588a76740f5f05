# Keras 3: Model.reset_states() is gone; call reset_state() on the layer
# (and batch_input_shape is gone: start with Input(batch_shape=...))
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)  # Keras 3 ignores tf.random.set_seed

model = tf.keras.Sequential(
    [
        tf.keras.Input(batch_shape=(2, 4, 1)),
        tf.keras.layers.SimpleRNN(3, stateful=True),
    ]
)
chunk = np.ones((2, 4, 1), dtype="float32")
before = model(chunk).numpy()
again = model(chunk).numpy()  # same input, carried state
model.layers[0].reset_state()  # states back to zeros
assert not model.layers[0].states[0].numpy().any()
# no Model.reset_states(); layers keep reset_states() as an alias
assert not hasattr(model, "reset_states")
assert hasattr(model.layers[0], "reset_states")
after = model(chunk).numpy()

print(np.stack([before[0], again[0], after[0]]).round(4))
#> [[-0.9325 -0.8012 -0.5665]
#>  [-0.9388 -0.8235 -0.5503]
#>  [-0.9325 -0.8012 -0.5665]]
assert not np.allclose(again, before)
assert np.allclose(after, before)
print(model.layers[0].states[0].numpy().round(4))
#> [[-0.9325 -0.8012 -0.5665]
#>  [-0.9325 -0.8012 -0.5665]]
model.layers[0].reset_states()  # the alias resets them too
assert not model.layers[0].states[0].numpy().any()
