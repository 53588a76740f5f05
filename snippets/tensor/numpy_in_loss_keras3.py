# Keras 3: TF 2.21 calls a traced tensor a SymbolicTensor
# Raises AttributeError on purpose: fit() traces the loss into a graph.
import numpy as np
import tensorflow as tf


def loss_function(y_true, y_pred):
    error = (y_true - y_pred).numpy()  # fails: no value while tracing
    return tf.reduce_mean(tf.square(error))


model = tf.keras.Sequential(
    [tf.keras.Input(shape=(2,)), tf.keras.layers.Dense(1)]
)
model.compile(loss=loss_function, optimizer="rmsprop")
model.fit(np.ones((4, 2)), np.ones((4, 1)), verbose=0)
#> AttributeError: 'SymbolicTensor' object has no attribute 'numpy'
