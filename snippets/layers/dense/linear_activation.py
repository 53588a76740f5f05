import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import Dense

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.randn(4, 3).astype("float32")
layer = Dense(2, bias_initializer="ones")  # no activation given
y = layer(x).numpy()
kernel, bias = layer.get_weights()

print(layer.get_config()["activation"])
#> linear
print(y.round(4))
#> [[ 0.0484  0.5797]
#>  [ 0.3019 -0.8491]
#>  [ 0.5741  0.2993]
#>  [ 0.5585  1.7362]]
print((x @ kernel + bias).round(4))
#> [[ 0.0484  0.5797]
#>  [ 0.3019 -0.8491]
#>  [ 0.5741  0.2993]
#>  [ 0.5585  1.7362]]
assert np.allclose(y, x @ kernel + bias, atol=1e-6)  # a(x) = x
assert (y < 0).any()  # nothing clips negative values
