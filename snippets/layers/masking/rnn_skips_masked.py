import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import Masking, SimpleRNN

tf.random.set_seed(0)

rnn = SimpleRNN(3, return_sequences=True)
model = tf.keras.Sequential([Masking(mask_value=0.0), rnn])

padded = np.array([[[1.0], [0.0], [2.0], [0.0]]])  # steps 1, 3 masked
short = np.array([[[1.0], [2.0]]])  # the same without them
out = model(padded).numpy()[0]
print(out.round(4))
#> [[-0.4696 -0.6161  0.0865]
#>  [-0.4696 -0.6161  0.0865]
#>  [-0.8704 -0.9419  0.6707]
#>  [-0.8704 -0.9419  0.6707]]

# the state skips a masked step, whose output repeats the step before
assert np.allclose(out[1], out[0]) and np.allclose(out[3], out[2])
assert np.allclose(out[[0, 2]], rnn(short).numpy()[0])
# without the Masking layer the zeros are real inputs and count
assert not np.allclose(rnn(padded).numpy()[0, 3], out[3])
