# Keras 3: later epochs replay the batches fit() peeked at
import warnings

import numpy as np
import tensorflow as tf

seen = []  # the targets of every batch the loss is computed on


def recording_mse(y_true, y_pred):
    seen.append(y_true.numpy().ravel().astype(int).tolist())
    return tf.reduce_mean(tf.square(y_true - y_pred))


model = tf.keras.Sequential(
    [tf.keras.Input((1,)), tf.keras.layers.Dense(1)]
)
model.compile(optimizer="sgd", loss=recording_mse, run_eagerly=True)
x = np.arange(6, dtype="float32").reshape(-1, 1)  # sample i is i


def batches():  # a finite generator: 3 batches, then it is done
    for start in (0, 2, 4):
        yield x[start : start + 2], x[start : start + 2]


model.fit(batches(), epochs=1, verbose=0)  # no steps_per_epoch
print(seen)  # one epoch: the generator, to the end
#> [[0, 1], [2, 3], [4, 5]]
assert seen == [[0, 1], [2, 3], [4, 5]]

seen.clear()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    history = model.fit(batches(), epochs=3, verbose=0)
print(seen)  # epochs 1 and 2 see only the first 2 batches again
#> [[0, 1], [2, 3], [4, 5], [0, 1], [2, 3], [0, 1], [2, 3]]
print(history.epoch)
#> [0, 1, 2]
ran_out = [
    str(w.message) for w in caught if "ran out" in str(w.message)
]
print(len(ran_out), ran_out[0])
#> 3 Your input ran out of data; interrupting training. Make sure that
#> your dataset or generator can generate at least `steps_per_epoch *
#> epochs` batches. You may need to use the `.repeat()` function when
#> building your dataset.
assert seen == [[0, 1], [2, 3], [4, 5]] + [[0, 1], [2, 3]] * 2
assert history.epoch == [0, 1, 2]
assert len(ran_out) == 3  # one warning per epoch
