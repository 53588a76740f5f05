import random

import numpy as np
import tensorflow as tf

random.seed(0)  # a Sequence's order is drawn with Python's random
tf.random.set_seed(0)  # the arrays' order with TensorFlow's
seen = []  # the targets of every batch the loss is computed on


def recording_mse(y_true, y_pred):
    seen.append(y_true.numpy().ravel().astype(int).tolist())
    return tf.reduce_mean(tf.square(y_true - y_pred))


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
model.compile(optimizer="sgd", loss=recording_mse, run_eagerly=True)
x = np.arange(8, dtype="float32").reshape(-1, 1)  # sample i is i
pairs = [(x[i : i + 2], x[i : i + 2]) for i in (0, 2, 4, 6)]


class Batches(tf.keras.utils.Sequence):  # 4 batches, by index
    def __len__(self):
        return len(pairs)

    def __getitem__(self, index):
        return pairs[index]


def endless():  # a generator of the same 4 batches, forever
    while True:
        yield from pairs


def first_samples(data, **fit_args):  # 3 epochs, default shuffle
    seen.clear()
    model.fit(data, epochs=3, verbose=0, **fit_args)
    return [[batch[0] for batch in seen[i : i + 4]] for i in (0, 4, 8)]


dataset = tf.data.Dataset.from_tensor_slices((x, x)).batch(2)
cases = {
    "arrays": first_samples(x, y=x, batch_size=2),
    "Sequence": first_samples(Batches()),
    "generator": first_samples(endless(), steps_per_epoch=4),
    "Dataset": first_samples(dataset),
}
for name, epochs in cases.items():  # the first sample of each batch
    print(name, epochs)
    #> arrays [[6, 7, 2, 5], [6, 3, 2, 4], [1, 2, 0, 4]]
    #> Sequence [[4, 0, 2, 6], [0, 2, 6, 4], [0, 4, 2, 6]]
    #> generator [[0, 2, 4, 6], [0, 2, 4, 6], [0, 2, 4, 6]]
    #> Dataset [[0, 2, 4, 6], [0, 2, 4, 6], [0, 2, 4, 6]]
given = [[0, 2, 4, 6]] * 3
assert cases["arrays"] != given  # samples mixed across batches
assert cases["Sequence"] != given  # whole batches reordered
assert all(sorted(order) == given[0] for order in cases["Sequence"])
assert len({tuple(order) for order in cases["Sequence"]}) > 1
assert cases["generator"] == cases["Dataset"] == given  # as given
