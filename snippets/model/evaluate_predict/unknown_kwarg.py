# Raises TypeError on purpose: evaluate() has no argument `batchsize`.
import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
model.compile(optimizer="sgd", loss="mse")
x = np.zeros((4, 1), "float32")
model.evaluate(x, x, batchsize=2, verbose=0)  # a typo of batch_size
#> TypeError: evaluate() got an unexpected keyword argument 'batchsize'
