# Keras 3: hard_sigmoid is relu6(x + 3) / 6, no longer 0.2 * x + 0.5
import numpy as np
import tensorflow as tf

x = tf.constant([-3.0, -2.5, -1.0, 0.0, 1.0, 2.5, 3.0])
got = tf.keras.activations.hard_sigmoid(x).numpy()
print(np.round(got, 4))
#> [0.     0.0833 0.3333 0.5    0.6667 0.9167 1.    ]
# Keras 3: relu6(x + 3) / 6, the line x / 6 + 0.5 clipped to [0, 1]
relu6 = tf.keras.activations.relu6(x + 3.0).numpy()
assert np.allclose(got, relu6 / 6)
assert np.allclose(got, np.clip(x.numpy() / 6 + 0.5, 0.0, 1.0))

# TF 2.4's formula gives other values between -3 and 3
old = np.clip(0.2 * x.numpy() + 0.5, 0.0, 1.0)
print(np.round(old, 4))
#> [0.  0.  0.3 0.5 0.7 1.  1. ]
assert not np.allclose(got, old)

# the smooth sigmoid it imitates, for comparison
sigmoid = tf.keras.activations.sigmoid(x).numpy()
print(np.round(sigmoid, 3))
#> [0.047 0.076 0.269 0.5   0.731 0.924 0.953]
assert got[3] == sigmoid[3] == 0.5  # equal at x = 0
assert np.abs(got - sigmoid).max() < 0.1  # near it everywhere
