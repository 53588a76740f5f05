import numpy as np
from tensorflow.keras.layers import SimpleRNN

np.random.seed(0)

x = np.random.rand(1, 3, 2).astype("float32")  # (batch, steps, feat.)
rnn = SimpleRNN(4, return_sequences=True)
rnn.build(x.shape)
# fixed weights instead of random ones, the same in every version
rnn.set_weights([0.5 * np.random.randn(*w.shape) for w in rnn.weights])
out = rnn(x).numpy()
kernel, recurrent_kernel, bias = rnn.get_weights()
print(kernel.shape, recurrent_kernel.shape, bias.shape)
#> (2, 4) (4, 4) (4,)

h = np.zeros((1, 4))  # the state starts at zero
for t in range(3):
    h = np.tanh(x[:, t] @ kernel + h @ recurrent_kernel + bias)
    assert np.allclose(out[:, t], h, atol=1e-6)
print(out[0].round(4))
#> [[ 0.3711  0.5834 -0.1974 -0.6827]
#>  [ 0.4429  0.4539 -0.9019 -0.7775]
#>  [ 0.0867  0.7231 -0.9697 -0.5893]]
