import numpy as np
from tensorflow.keras.layers import LSTM

np.random.seed(0)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


x = np.random.rand(2, 3, 4).astype("float32")  # (batch, steps, feat.)
lstm = LSTM(5, return_state=True)
lstm.build(x.shape)
# fixed weights instead of random ones: kernel, recurrent kernel, bias
weights = [0.5 * np.random.randn(*w.shape) for w in lstm.weights]
lstm.set_weights(weights)
output, h_keras, c_keras = lstm(x)
kernel, recurrent_kernel, bias = lstm.get_weights()

h = c = np.zeros((2, 5))  # both states start at zero
for t in range(3):
    z = x[:, t] @ kernel + h @ recurrent_kernel + bias
    i, f, g, o = np.split(z, 4, axis=-1)  # gates in this order
    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)  # cell state
    h = sigmoid(o) * np.tanh(c)  # output of the step
print(np.round(h[0], 4))
#> [-0.0258  0.275   0.0133  0.2619  0.2958]
print(np.round(c[0], 4))
#> [-0.2166  0.9279  0.0275  0.502   0.4206]
assert np.allclose(h, h_keras, atol=1e-5)
assert np.allclose(h, output, atol=1e-5)
assert np.allclose(c, c_keras, atol=1e-5)

# implementation=1 (a hidden argument) computes the step in other
# pieces: the same numbers
other = LSTM(5, implementation=1)
other.build(x.shape)
other.set_weights(weights)
assert np.allclose(other(x), h, atol=1e-5)
