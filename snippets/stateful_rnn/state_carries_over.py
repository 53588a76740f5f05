import numpy as np
import tensorflow as tf

tf.random.set_seed(0)

stateful = tf.keras.layers.SimpleRNN(
    3, stateful=True, batch_input_shape=(2, 4, 1)
)
model = tf.keras.Sequential([stateful])
# two sequences of 8 steps, fed as two chunks of 4 steps each
x = np.arange(16, dtype="float32").reshape(2, 8, 1) / 10
first, second = x[:, :4], x[:, 4:]

model(first)
carried = model(second).numpy()  # starts from the state of `first`

fresh = tf.keras.Sequential(
    [tf.keras.layers.SimpleRNN(3, batch_input_shape=(2, 4, 1))]
)
fresh.set_weights(model.get_weights())
whole = tf.keras.layers.SimpleRNN(3)  # one call on all 8 steps
whole.build((2, 8, 1))
whole.set_weights(model.get_weights())

print(carried.round(4))
#> [[-0.8367 -0.7021  0.6062]
#>  [-0.957  -0.9036  0.77  ]]
print(fresh(second).numpy().round(4))
#> [[-0.797  -0.6746  0.5233]
#>  [-0.9558 -0.9023  0.7583]]
assert not np.allclose(carried, fresh(second))
assert np.allclose(carried, whole(x), atol=1e-6)
