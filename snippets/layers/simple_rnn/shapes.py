import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import SimpleRNN

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.rand(8, 5, 3).astype("float32")  # (batch, steps, feat.)
last = SimpleRNN(4)(x)
every = SimpleRNN(4, return_sequences=True)(x)
output, state = SimpleRNN(4, return_state=True)(x)
print(last.shape, every.shape, output.shape, state.shape)
#> (8, 4) (8, 5, 4) (8, 4) (8, 4)
assert np.allclose(output, state)  # one state: the last output
