import numpy as np
import tensorflow as tf

seen = []


def loss_function(y_true, y_pred):
    error = y_true - y_pred  # stay in TF ops for the gradient
    seen.append(error.numpy())  # inspecting a value is fine eagerly
    return tf.reduce_mean(tf.square(error))


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(2,))]
)
model.compile(loss=loss_function, optimizer="rmsprop", run_eagerly=True)
before = model.get_weights()
model.fit(np.ones((4, 2)), np.ones((4, 1)), epochs=3, verbose=0)
print(len(seen), seen[0].shape)
#> 3 (4, 1)
assert all(isinstance(error, np.ndarray) for error in seen)
changed = zip(before, model.get_weights())
assert all(not np.array_equal(old, new) for old, new in changed)
