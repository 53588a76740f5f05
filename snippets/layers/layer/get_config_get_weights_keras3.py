# Keras 3: get_config() holds more: a dtype policy, module names
import pprint

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)  # Keras 3 ignores tf.random.set_seed

layer = tf.keras.layers.Dense(2, activation="relu", name="dense")
print(layer.get_weights())  # no weights before the layer is built
#> []
assert layer.get_weights() == []
layer.build((None, 3))  # calling the layer on an input also builds it

config = layer.get_config()
pprint.pprint(config, width=60, sort_dicts=False)
#> {'name': 'dense',
#>  'trainable': True,
#>  'dtype': {'module': 'keras',
#>            'class_name': 'DTypePolicy',
#>            'config': {'name': 'float32'},
#>            'registered_name': None},
#>  'units': 2,
#>  'activation': 'relu',
#>  'use_bias': True,
#>  'kernel_initializer': {'module': 'keras.initializers',
#>                         'class_name': 'GlorotUniform',
#>                         'config': {'seed': None,
#>                                    'input_axes': None,
#>                                    'output_axes': None},
#>                         'registered_name': None},
#>  'bias_initializer': {'module': 'keras.initializers',
#>                       'class_name': 'Zeros',
#>                       'config': {},
#>                       'registered_name': None},
#>  'kernel_regularizer': None,
#>  'bias_regularizer': None,
#>  'kernel_constraint': None,
#>  'bias_constraint': None,
#>  'quantization_config': None}
assert type(config) is dict
assert {"name", "trainable", "dtype", "units"} <= set(config)
assert config["dtype"]["class_name"] == "DTypePolicy"
named = config["bias_initializer"]
assert named["module"] == "keras.initializers"
assert named["class_name"] == "Zeros" and "registered_name" in named
assert "quantization_config" in config
assert "activity_regularizer" not in config  # left out while None
l2 = tf.keras.layers.Dense(2, activity_regularizer="l2").get_config()
assert "activity_regularizer" in l2  # kept once set

weights = layer.get_weights()
print([w.shape for w in weights])  # [kernel, bias]
#> [(3, 2), (2,)]
print(type(weights[0]).__name__)
#> ndarray
print(weights[0].round(3))
#> [[ 0.034 -0.418]
#>  [ 0.743 -0.862]
#>  [-0.23  -0.686]]
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
