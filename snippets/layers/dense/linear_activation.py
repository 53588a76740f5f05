import numpy as np
from tensorflow.keras.layers import Dense

np.random.seed(0)

x = np.random.randn(4, 3).astype("float32")
kernel = np.random.randn(3, 2).astype("float32")
bias = np.array([1.0, -1.0], dtype="float32")
layer = Dense(2)  # no activation given
layer.build((None, 3))
layer.set_weights([kernel, bias])  # fixed weights, to compare
y = layer(x).numpy()

print(layer.get_config()["activation"])
#> linear
print(y.round(4))
#> [[ 3.9824 -0.8526]
#>  [ 2.0742  0.0963]
#>  [ 1.5017 -0.9137]
#>  [ 3.5492 -1.2003]]
print((x @ kernel + bias).round(4))
#> [[ 3.9824 -0.8526]
#>  [ 2.0742  0.0963]
#>  [ 1.5017 -0.9137]
#>  [ 3.5492 -1.2003]]
assert layer.get_config()["activation"] == "linear"
assert np.allclose(y, x @ kernel + bias, atol=1e-6)  # a(x) = x
assert (y < 0).any()  # nothing clips negative values
