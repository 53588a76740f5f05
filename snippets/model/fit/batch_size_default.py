import numpy as np
import tensorflow as tf

sizes = []  # the number of samples in each training batch


def recording_mse(y_true, y_pred):
    sizes.append(y_true.shape[0])  # a plain int: run_eagerly=True
    return tf.reduce_mean(tf.square(y_true - y_pred))


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
model.compile(optimizer="sgd", loss=recording_mse, run_eagerly=True)
x = np.zeros((100, 1), "float32")
model.fit(x, x, verbose=0)  # no batch_size given
print(sizes)
#> [32, 32, 32, 4]

assert sizes == [32, 32, 32, 4]  # None means 32; the rest is a batch

sizes.clear()
model.fit(tf.constant(x), tf.constant(x), verbose=0)  # tensors
assert sizes == [32, 32, 32, 4]  # tensors are cut the same way
