# Keras 3: evaluate() takes **kwargs and refuses unknown ones itself
# Raises ValueError on purpose: evaluate() has no argument `batchsize`.
import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [tf.keras.Input((1,)), tf.keras.layers.Dense(1)]
)
model.compile(optimizer="sgd", loss="mse")
x = np.zeros((4, 1), "float32")
model.evaluate(x, x, batchsize=2, verbose=0)  # a typo of batch_size
#> ValueError: Arguments not recognized: {'batchsize': 2}
