import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import LSTM

np.random.seed(0)
tf.random.set_seed(0)


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


x = np.random.rand(2, 3, 4).astype("float32")  # (batch, steps, feat.)
lstm = LSTM(5, return_state=True)
output, h_keras, c_keras = lstm(x)
kernel, recurrent_kernel, bias = lstm.get_weights()

h = c = np.zeros((2, 5))  # both states start at zero
for t in range(3):
    z = x[:, t] @ kernel + h @ recurrent_kernel + bias
    i, f, g, o = np.split(z, 4, axis=-1)  # gates in this order
    c = sigmoid(f) * c + sigmoid(i) * np.tanh(g)  # cell state
    h = sigmoid(o) * np.tanh(c)  # output of the step
print(np.round(h[0], 4))
#> [-0.0354 -0.0907  0.221  -0.149  -0.1348]
print(np.round(c[0], 4))
#> [-0.0736 -0.201   0.4625 -0.2558 -0.6188]
assert np.allclose(h, h_keras, atol=1e-5)
assert np.allclose(h, output, atol=1e-5)
assert np.allclose(c, c_keras, atol=1e-5)
