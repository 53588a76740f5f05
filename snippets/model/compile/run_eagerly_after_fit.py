import numpy as np
import tensorflow as tf

modes = []  # tf.executing_eagerly() each time the loss's Python runs


def recording_mse(y_true, y_pred):
    modes.append(tf.executing_eagerly())
    return tf.reduce_mean(tf.square(y_true - y_pred))


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
x = np.zeros((4, 1), "float32")
model.compile(optimizer="sgd", loss=recording_mse)
model.fit(x, x, batch_size=2, verbose=0)  # builds the graph function

modes.clear()
model.run_eagerly = True  # too late: fit() reuses its graph function
model.fit(x, x, batch_size=2, verbose=0)
print(model.run_eagerly, modes)
#> True []
assert modes == []  # the loss's Python did not run at all

weights = model.get_weights()
model.compile(optimizer="sgd", loss=recording_mse, run_eagerly=True)
kept = zip(weights, model.get_weights())  # compile() keeps the weights
assert all(np.array_equal(old, new) for old, new in kept)
model.fit(x, x, batch_size=2, verbose=0)  # compile() drops the cache
print(modes)
#> [True, True]
assert modes == [True, True]
