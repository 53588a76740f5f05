import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import RNN, SimpleRNN, SimpleRNNCell

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.rand(2, 5, 3).astype("float32")
stacked = RNN([SimpleRNNCell(4), SimpleRNNCell(2)], return_state=True)
output, *states = stacked(x)  # one state per cell
assert len(states) == 2
state_1, state_2 = states
print(output.shape, state_1.shape, state_2.shape)
#> (2, 2) (2, 4) (2, 2)

# the same as two layers, the first returning its whole sequence
first = SimpleRNN(4, return_sequences=True)
second = SimpleRNN(2)
first.build(x.shape)
second.build((2, 5, 4))
first.set_weights(stacked.get_weights()[:3])
second.set_weights(stacked.get_weights()[3:])
assert np.allclose(output, second(first(x)), atol=1e-6)
assert np.allclose(output, state_2, atol=1e-6)
