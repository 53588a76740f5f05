import numpy as np
import tensorflow as tf

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.rand(4, 3).astype("float32")
layer = tf.keras.layers.Dense(2, use_bias=False)
y = layer(x).numpy()
print([w.name for w in layer.weights])  # a kernel and no bias
#> ['dense/kernel:0']
assert np.allclose(y, x @ layer.get_weights()[0])
