# Keras 3: shuffle='batch' keeps every sample with its own label
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
pairs = []  # (target, prediction) of every sample seen in training


def recording_mse(y_true, y_pred):
    pairs.extend(zip(y_true.numpy().ravel(), y_pred.numpy().ravel()))
    return tf.reduce_mean(tf.square(y_true - y_pred))


identity = tf.keras.layers.Dense(
    1, use_bias=False, kernel_initializer="ones", trainable=False
)
model = tf.keras.Sequential([tf.keras.Input((1,)), identity])
model.compile(optimizer="sgd", loss=recording_mse, run_eagerly=True)
x = np.arange(8, dtype="float32").reshape(-1, 1)  # sample i is i
model.fit(x, x, batch_size=4, shuffle="batch", verbose=0)

# the model is the identity, so each pair should read (i, i)
print([(int(t), int(p)) for t, p in pairs])
#> [(2, 2), (0, 0), (3, 3), (1, 1), (7, 7), (4, 4), (5, 5), (6, 6)]
assert all(t == p for t, p in pairs)  # fixed: no label mix-up
# the batches keep their samples (0-3, then 4-7), shuffled inside
order = [int(t) for t, _ in pairs]
assert sorted(order[:4]) == [0, 1, 2, 3] and order != list(range(8))
