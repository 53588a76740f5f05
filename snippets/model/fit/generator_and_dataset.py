import numpy as np
import tensorflow as tf

np.random.seed(0)
x = np.random.uniform(-1, 1, (8, 1)).astype("float32")
y = 2 * x


def batches():  # a finite generator: one pass is one epoch
    for start in (0, 4):
        yield x[start : start + 4], y[start : start + 4]


def fresh_model():
    model = tf.keras.Sequential(
        [tf.keras.layers.Dense(1, kernel_initializer="zeros")]
    )
    model.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss="mse")
    return model


from_arrays = fresh_model().fit(
    x, y, batch_size=4, shuffle=False, verbose=0
)
# shuffle=True (the default) does not reorder a generator or dataset
from_generator = fresh_model().fit(batches(), verbose=0)
dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(4)
from_dataset = fresh_model().fit(dataset, verbose=0)

losses = [
    h.history["loss"][0]
    for h in (from_arrays, from_generator, from_dataset)
]
print(np.round(losses, 4))
#> [0.4535 0.4535 0.4535]
assert np.allclose(losses, losses[0])  # same batches, same order

# the dataset is read again every epoch, as the arrays are
from_dataset = fresh_model().fit(dataset, epochs=3, verbose=0)
from_arrays = fresh_model().fit(
    x, y, batch_size=4, epochs=3, shuffle=False, verbose=0
)
assert np.allclose(
    from_dataset.history["loss"], from_arrays.history["loss"]
)  # 3 epochs, each a whole pass over the dataset
