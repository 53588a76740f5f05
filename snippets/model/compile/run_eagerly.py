import numpy as np
import tensorflow as tf

modes = []  # tf.executing_eagerly() each time the loss's Python runs


def recording_mse(y_true, y_pred):
    modes.append(tf.executing_eagerly())
    return tf.reduce_mean(tf.square(y_true - y_pred))


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
x = np.zeros((4, 1), "float32")  # two batches of 2 below

model.compile(optimizer="sgd", loss=recording_mse)  # run_eagerly=None
print(model.run_eagerly)
#> False
model.fit(x, x, batch_size=2, verbose=0)
print(True in modes)  # the loss was only traced into a graph
#> False
assert modes and not any(modes)

modes.clear()
model.compile(optimizer="sgd", loss=recording_mse, run_eagerly=True)
print(model.run_eagerly)
#> True
model.fit(x, x, batch_size=2, verbose=0)
print(modes)  # plain Python, once per batch
#> [True, True]
assert modes == [True, True]

modes.clear()
model.compile(optimizer="sgd", loss=recording_mse)
model.run_eagerly = True  # the property works too, before fit()
model.fit(x, x, batch_size=2, verbose=0)
model.evaluate(x, x, batch_size=2, verbose=0)  # evaluate() as well
print(modes)
#> [True, True, True, True]
assert modes == [True] * 4
