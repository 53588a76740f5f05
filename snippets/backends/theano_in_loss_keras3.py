# Keras 3: no Theano; keras.ops.sum gives numbers, .numpy() cuts tape
# Raises ValueError on purpose: the NumPy round trip leaves no gradient
import keras
import numpy as np
import tensorflow as tf

skill = tf.constant([[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]])


def loss_function(y_true, y_pred):
    # the notes' line with keras.ops.sum in place of Th.sum
    return np.array(keras.ops.sum((y_pred * skill).numpy(), axis=2))


model = tf.keras.Sequential(
    [tf.keras.Input(shape=(3, 2)), tf.keras.layers.Dense(2)]
)
model.compile(loss=loss_function, optimizer="rmsprop", run_eagerly=True)
model.fit(np.ones((1, 3, 2)), np.ones((1, 3, 2)), verbose=0)
#> ValueError: No gradients provided for any variable.
