import numpy as np
import tensorflow as tf

x = tf.constant([-3.0, -2.5, -1.0, 0.0, 1.0, 2.5, 3.0])
got = tf.keras.activations.hard_sigmoid(x).numpy()
print(got)
#> [0.  0.  0.3 0.5 0.7 1.  1. ]
# TF 2.4: a straight line 0.2 * x + 0.5, clipped to [0, 1]
assert np.allclose(got, np.clip(0.2 * x.numpy() + 0.5, 0.0, 1.0))

# the smooth sigmoid it imitates, for comparison
sigmoid = tf.keras.activations.sigmoid(x).numpy()
print(np.round(sigmoid, 3))
#> [0.047 0.076 0.269 0.5   0.731 0.924 0.953]
assert got[3] == sigmoid[3] == 0.5  # equal at x = 0
assert np.abs(got - sigmoid).max() < 0.1  # near it everywhere
