import numpy as np
import tensorflow as tf

tf.random.set_seed(0)

layer = tf.keras.layers.Dense(2)
layer.build((None, 3))
kernel, bias = layer.get_weights()

kernel[:] = 1.0  # get_weights() returns copies: the layer is unchanged
assert not (layer.get_weights()[0] == 1.0).all()

layer.set_weights([kernel, np.array([0.5, -0.5])])
print(layer(np.array([[1.0, 2.0, 3.0]])).numpy())
#> [[6.5 5.5]]
