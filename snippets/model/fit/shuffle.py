import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
seen = []  # the targets of every batch the loss is computed on


def recording_mse(y_true, y_pred):
    seen.append(y_true.numpy().ravel().astype(int).tolist())
    return tf.reduce_mean(tf.square(y_true - y_pred))


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
model.compile(optimizer="sgd", loss=recording_mse, run_eagerly=True)
x = np.arange(6, dtype="float32").reshape(-1, 1)  # sample i is i

model.fit(x, x, batch_size=3, epochs=2, shuffle=False, verbose=0)
print(seen)  # the same order every epoch
#> [[0, 1, 2], [3, 4, 5], [0, 1, 2], [3, 4, 5]]
assert seen == [[0, 1, 2], [3, 4, 5]] * 2

seen.clear()
model.fit(x, x, batch_size=3, epochs=2, shuffle=True, verbose=0)
print(seen)  # a new permutation every epoch, across batches
#> [[0, 4, 5], [2, 3, 1], [0, 1, 3], [4, 2, 5]]
first, second = seen[0] + seen[1], seen[2] + seen[3]
assert sorted(first) == sorted(second) == list(range(6))
assert first != list(range(6)) and second != first
assert set(seen[0]) != {0, 1, 2}  # a batch mixes both halves
