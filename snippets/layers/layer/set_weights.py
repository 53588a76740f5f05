import numpy as np
import tensorflow as tf

tf.random.set_seed(0)

layer = tf.keras.layers.Dense(2)
layer.build((None, 3))
kernel, bias = layer.get_weights()

kernel[:] = 1.0  # get_weights() returns copies: the layer is unchanged
assert not (layer.get_weights()[0] == 1.0).all()

layer.set_weights([kernel, np.array([0.5, -0.5])])
out = layer(np.array([[1.0, 2.0, 3.0]])).numpy()
print(out)
#> [[6.5 5.5]]
assert np.allclose(out, [[6.5, 5.5]])
assert (layer.kernel.numpy() == 1).all()

try:  # the list must match the layer's weights in number and shape
    layer.set_weights([np.ones((2, 2)), np.zeros(2)])
    refused = False
except ValueError:
    refused = True
assert refused
