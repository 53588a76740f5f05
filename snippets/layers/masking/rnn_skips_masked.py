import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import Masking, SimpleRNN

np.random.seed(0)

rnn = SimpleRNN(3, return_sequences=True)
model = tf.keras.Sequential([Masking(mask_value=0.0), rnn])
rnn.build((None, None, 1))
rnn.set_weights([0.5 * np.random.randn(*w.shape) for w in rnn.weights])

padded = np.array([[[1.0], [0.0], [2.0], [0.0]]])  # steps 1, 3 masked
short = np.array([[[1.0], [2.0]]])  # the same without them
out = model(padded).numpy()[0]
print(out.round(4))
#> [[0.8518 0.2552 0.6115]
#>  [0.8518 0.2552 0.6115]
#>  [0.9975 0.8568 0.8385]
#>  [0.9975 0.8568 0.8385]]

# the state skips a masked step, whose output repeats the step before
assert np.allclose(out[1], out[0]) and np.allclose(out[3], out[2])
assert np.allclose(out[[0, 2]], rnn(short).numpy()[0])
# without the Masking layer the zeros are real inputs and count
assert not np.allclose(rnn(padded).numpy()[0, 3], out[3])

# LSTM and GRU skip them the same way
for other in [tf.keras.layers.LSTM, tf.keras.layers.GRU]:
    layer = other(3, return_sequences=True)
    steps = tf.keras.Sequential([Masking(), layer])(padded).numpy()[0]
    assert np.allclose(steps[1], steps[0])
    assert np.allclose(steps[3], steps[2])
    kept = layer(short).numpy()[0]
    assert np.allclose(steps[[0, 2]], kept, atol=1e-6)
