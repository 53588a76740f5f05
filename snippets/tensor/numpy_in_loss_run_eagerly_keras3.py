# Keras 3: same error; the message no longer names the variables
# Raises ValueError on purpose: .numpy() cuts the gradient tape.
import numpy as np
import tensorflow as tf


def loss_function(y_true, y_pred):
    error = (y_true - y_pred).numpy()  # runs eagerly, but cuts the tape
    return tf.reduce_mean(tf.square(error))


model = tf.keras.Sequential(
    [tf.keras.Input(shape=(2,)), tf.keras.layers.Dense(1)]
)
model.compile(loss=loss_function, optimizer="rmsprop", run_eagerly=True)
model.fit(np.ones((4, 2)), np.ones((4, 1)), verbose=0)
#> ValueError: No gradients provided for any variable.
