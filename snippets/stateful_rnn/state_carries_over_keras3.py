# Keras 3: batch_input_shape is gone; start with Input(batch_shape=...)
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)  # Keras 3 ignores tf.random.set_seed

stateful = tf.keras.layers.SimpleRNN(3, stateful=True)
model = tf.keras.Sequential(
    [tf.keras.Input(batch_shape=(2, 4, 1)), stateful]
)
# two sequences of 8 steps, fed as two chunks of 4 steps each
x = np.arange(16, dtype="float32").reshape(2, 8, 1) / 10
first, second = x[:, :4], x[:, 4:]

model(first)
carried = model(second).numpy()  # starts from the state of `first`

fresh = tf.keras.Sequential(
    [
        tf.keras.Input(batch_shape=(2, 4, 1)),
        tf.keras.layers.SimpleRNN(3),
    ]
)
fresh.set_weights(model.get_weights())
whole = tf.keras.layers.SimpleRNN(3)  # one call on all 8 steps
whole.build((2, 8, 1))
whole.set_weights(model.get_weights())

print(carried.round(4))
#> [[-0.8787 -0.6911 -0.4727]
#>  [-0.9663 -0.9294 -0.6913]]
print(fresh(second).numpy().round(4))
#> [[-0.8448 -0.6123 -0.4863]
#>  [-0.9649 -0.9247 -0.696 ]]
assert not np.allclose(carried, fresh(second))
assert np.allclose(carried, whole(x), atol=1e-6)
