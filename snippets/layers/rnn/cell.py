import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import RNN, SimpleRNN, SimpleRNNCell

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.rand(2, 5, 3).astype("float32")
generic = RNN(SimpleRNNCell(4))  # the loop over time, around a cell
ready = SimpleRNN(4)  # the same loop and cell in one layer
generic.build(x.shape)
ready.build(x.shape)
ready.set_weights(generic.get_weights())

print(generic(x).shape)
#> (2, 4)
assert generic(x).shape == (2, 4)  # by default the last output only
assert np.allclose(generic(x), ready(x))
