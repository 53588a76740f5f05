import pprint

import numpy as np
import tensorflow as tf

tf.random.set_seed(0)

layer = tf.keras.layers.Dense(2, activation="relu", name="dense")
print(layer.get_weights())  # no weights before the layer is built
#> []
assert layer.get_weights() == []
layer.build((None, 3))  # calling the layer on an input also builds it

config = layer.get_config()
pprint.pprint(config, width=60, sort_dicts=False)
#> {'name': 'dense',
#>  'trainable': True,
#>  'dtype': 'float32',
#>  'units': 2,
#>  'activation': 'relu',
#>  'use_bias': True,
#>  'kernel_initializer': {'class_name': 'GlorotUniform',
#>                         'config': {'seed': None}},
#>  'bias_initializer': {'class_name': 'Zeros', 'config': {}},
#>  'kernel_regularizer': None,
#>  'bias_regularizer': None,
#>  'activity_regularizer': None,
#>  'kernel_constraint': None,
#>  'bias_constraint': None}
assert type(config) is dict
assert {"name", "trainable", "dtype", "units"} <= set(config)
zeros = {"class_name": "Zeros", "config": {}}  # a small dict
assert config["bias_initializer"] == zeros

weights = layer.get_weights()
print([w.shape for w in weights])  # [kernel, bias]
#> [(3, 2), (2,)]
print(type(weights[0]).__name__)
#> ndarray
print(weights[0].round(3))
#> [[-0.456 -0.643]
#>  [ 0.078  0.134]
#>  [-0.183  0.674]]
assert isinstance(weights, list)
assert all(isinstance(w, np.ndarray) for w in weights)
assert (weights[0] == layer.kernel.numpy()).all()
assert (weights[1] == layer.bias.numpy()).all()

# the config makes an equal layer, not built yet: no weights
clone = tf.keras.layers.Dense.from_config(config)
assert clone.get_config() == config
assert not clone.built and clone.get_weights() == []
clone(np.ones((1, 3)))  # built on its first call, freshly initialised
assert clone.built and (clone.get_weights()[0] != weights[0]).all()
