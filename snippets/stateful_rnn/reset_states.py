import numpy as np
import tensorflow as tf

tf.random.set_seed(0)

model = tf.keras.Sequential(
    [
        tf.keras.layers.SimpleRNN(
            3, stateful=True, batch_input_shape=(2, 4, 1)
        )
    ]
)
chunk = np.ones((2, 4, 1), dtype="float32")
before = model(chunk).numpy()
again = model(chunk).numpy()  # same input, carried state
model.reset_states()  # states back to zeros
assert not model.layers[0].states[0].numpy().any()
after = model(chunk).numpy()

print(np.stack([before[0], again[0], after[0]]).round(4))
#> [[-0.9155 -0.8067  0.6831]
#>  [-0.9215 -0.8121  0.7168]
#>  [-0.9155 -0.8067  0.6831]]
assert not np.allclose(again, before)
assert np.allclose(after, before)
print(model.layers[0].states[0].numpy().round(4))
#> [[-0.9155 -0.8067  0.6831]
#>  [-0.9155 -0.8067  0.6831]]

# every stateful layer of the model: here also LSTM's h and c
two = tf.keras.Sequential(
    [
        tf.keras.layers.SimpleRNN(
            3,
            stateful=True,
            return_sequences=True,
            batch_input_shape=(2, 4, 1),
        ),
        tf.keras.layers.LSTM(2, stateful=True),
    ]
)
two(chunk)
two.reset_states()
states = [s.numpy() for layer in two.layers for s in layer.states]
assert len(states) == 3 and not any(s.any() for s in states)
