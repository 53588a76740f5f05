import numpy as np
import tensorflow as tf

np.random.seed(0)

x = np.random.rand(4, 3).astype("float32")
layer = tf.keras.layers.Dense(2, use_bias=False)
y = layer(x).numpy()
print([tuple(w.shape) for w in layer.weights])  # a kernel only
#> [(3, 2)]
print(layer.bias)
#> None
assert len(layer.weights) == 1 and layer.bias is None
assert np.allclose(y, x @ layer.get_weights()[0])
