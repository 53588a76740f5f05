import random

import numpy as np
import tensorflow as tf

np.random.seed(0)
tf.random.set_seed(0)
random.seed(0)  # Keras 3's initializers draw their seeds from here

layer = tf.keras.layers.Dense(
    2, kernel_constraint=tf.keras.constraints.NonNeg()
)
x = np.random.randn(4, 3).astype("float32")
layer(x)
before = layer.kernel.numpy()
print((before < 0).any())  # the initializer is not constrained
#> True

with tf.GradientTape() as tape:
    loss = tf.reduce_sum(layer(x))
grads = tape.gradient(loss, layer.trainable_weights)
tf.keras.optimizers.SGD(0.01).apply_gradients(
    zip(grads, layer.trainable_weights)
)
after = layer.kernel.numpy()
print((after >= 0).all())  # after an update: negatives set to 0
#> True
assert (before < 0).any() and (after >= 0).all()
