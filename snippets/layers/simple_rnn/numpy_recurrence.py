import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import SimpleRNN

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.rand(1, 3, 2).astype("float32")  # (batch, steps, feat.)
rnn = SimpleRNN(4, return_sequences=True)
out = rnn(x).numpy()
kernel, recurrent_kernel, bias = rnn.get_weights()
print(kernel.shape, recurrent_kernel.shape, bias.shape)
#> (2, 4) (4, 4) (4,)

h = np.zeros((1, 4))  # the state starts at zero
for t in range(3):
    h = np.tanh(x[:, t] @ kernel + h @ recurrent_kernel + bias)
    assert np.allclose(out[:, t], h, atol=1e-6)
print(out[0].round(4))
#> [[-0.3342  0.1177  0.0291  0.6526]
#>  [-0.7792 -0.177   0.0226  0.4076]
#>  [-0.7186 -0.1336  0.5205  0.4783]]
