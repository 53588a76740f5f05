# Keras 3: with a global seed set, every epoch reuses one permutation
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)  # as for a reproducible run
seen = []  # the targets of every batch the loss is computed on


def recording_mse(y_true, y_pred):
    seen.append(y_true.numpy().ravel().astype(int).tolist())
    return tf.reduce_mean(tf.square(y_true - y_pred))


model = tf.keras.Sequential(
    [tf.keras.Input((1,)), tf.keras.layers.Dense(1)]
)
model.compile(optimizer="sgd", loss=recording_mse, run_eagerly=True)
x = np.arange(6, dtype="float32").reshape(-1, 1)  # sample i is i

model.fit(x, x, batch_size=3, epochs=2, shuffle=False, verbose=0)
print(seen)  # the same order every epoch
#> [[0, 1, 2], [3, 4, 5], [0, 1, 2], [3, 4, 5]]
assert seen == [[0, 1, 2], [3, 4, 5]] * 2

seen.clear()
model.fit(x, x, batch_size=3, epochs=2, shuffle=True, verbose=0)
model.fit(x, x, batch_size=3, shuffle=True, verbose=0)  # once more
print(seen)  # shuffled across batches, but the same in every epoch
#> [[0, 4, 5], [2, 3, 1], [0, 4, 5], [2, 3, 1], [0, 4, 5], [2, 3, 1]]
first = seen[0] + seen[1]
assert sorted(first) == list(range(6)) and first != list(range(6))
assert seen == [seen[0], seen[1]] * 3

# a tf.data.Dataset with .shuffle() reshuffles every epoch, seeded too
seen.clear()
dataset = tf.data.Dataset.from_tensor_slices((x, x)).shuffle(6)
model.fit(dataset.batch(3), epochs=2, verbose=0)
print(seen)
#> [[5, 0, 3], [4, 1, 2], [5, 3, 1], [4, 0, 2]]
assert seen[0] + seen[1] != seen[2] + seen[3]

# without a global seed, each epoch of fit() gets a new permutation
tf.random.set_seed(None)
x = np.arange(12, dtype="float32").reshape(-1, 1)
seen.clear()
model.fit(x, x, batch_size=12, epochs=3, shuffle=True, verbose=0)
print(len({tuple(order) for order in seen}))  # 3 distinct orders
#> 3
assert len({tuple(order) for order in seen}) == 3
tf.keras.utils.set_random_seed(0)  # seeded again, as at the start
