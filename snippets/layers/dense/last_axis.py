import numpy as np
import tensorflow as tf

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.rand(2, 5, 3).astype("float32")  # (batch, steps, 3)
layer = tf.keras.layers.Dense(4)
y = layer(x).numpy()
kernel, bias = layer.get_weights()

print(x.shape, "->", y.shape)
#> (2, 5, 3) -> (2, 5, 4)
print(kernel.shape)  # one (3, 4) kernel for every step
#> (3, 4)
assert y.shape == (2, 5, 4) and kernel.shape == (3, 4)
assert np.allclose(y, x @ kernel + bias, atol=1e-6)
