import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

batches, steps = 6, 5  # one sequence of 30 steps, cut into 6 chunks
x = np.zeros(batches * steps, "float32")
x[:steps] = 1.0  # input only during the first batch
chunks = x.reshape(batches, 1, steps, 1)  # (chunk, batch, time, feat)
weights = [np.array([[1.0]]), np.array([[0.95]]), np.array([0.0])]


def rnn_model(stateful):  # the same weights; only `stateful` differs
    inputs = tf.keras.Input(batch_shape=(1, steps, 1))
    layer = tf.keras.layers.SimpleRNN(
        1, stateful=stateful, return_sequences=True
    )
    model = tf.keras.Model(inputs, layer(inputs))
    layer.set_weights(weights)
    return model


carried, fresh = rnn_model(True), rnn_model(False)
state = {
    "stateful=True": np.concatenate(
        [carried(c)[0, :, 0] for c in chunks]
    ),
    "stateless": np.concatenate([fresh(c)[0, :, 0] for c in chunks]),
}
h, by_hand = 0.0, []  # NumPy: h = tanh(x * 1.0 + h * 0.95), never reset
for value in x:
    h = np.tanh(value + 0.95 * h)
    by_hand.append(h)
assert np.allclose(state["stateful=True"], by_hand, atol=1e-6)
last = slice(steps - 1, None, steps)  # the last step of every chunk
print(np.round(state["stateful=True"][last], 3))
#> [0.957 0.404 0.263 0.188 0.14  0.106]
print(np.round(state["stateless"][last], 3))
#> [0.957 0.    0.    0.    0.    0.   ]
first = slice(0, steps)  # the first batch: the same, from zero
assert np.allclose(state["stateless"][first], by_hand[first])
assert (state["stateless"][steps:] == 0).all()  # restarts from zero
assert (state["stateful=True"][steps:] > 0.1).all()  # remembers

fig, ax = plt.subplots()
for label, values in state.items():  # rounded like the printed values
    style = "o-" if label == "stateless" else "-"
    ax.plot(np.round(values, 4), style, label=label)
ax.plot(x, ":", label="input x (1 in the first batch)")
for edge in range(steps, batches * steps, steps):  # chunk boundaries
    ax.axvline(
        edge - 0.5, color="#9ca3af", linewidth=0.6, label="_edge"
    )
ax.set(xlabel="time step (5 per batch)", ylabel="hidden state h")
ax.set_title("SimpleRNN(1) fed one sequence in 6 batches")
ax.legend()
