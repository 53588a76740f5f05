import warnings

import numpy as np
import tensorflow as tf

np.random.seed(0)
x = np.random.uniform(-1, 1, (8, 1)).astype("float32")
y = 2 * x


def batches():  # an endless Python generator of (x, y) batches
    while True:
        for start in (0, 4):
            yield x[start : start + 4], y[start : start + 4]


def fresh_model():
    model = tf.keras.Sequential(
        [tf.keras.layers.Dense(1, kernel_initializer="zeros")]
    )
    model.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss="mse")
    return model


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = fresh_model().fit_generator(
        batches(), steps_per_epoch=2, epochs=3, verbose=0
    )
print(caught[0].category.__name__)
#> UserWarning
assert caught[0].category is UserWarning
print(caught[0].message)
#> `Model.fit_generator` is deprecated and will be removed in a future
#> version. Please use `Model.fit`, which supports generators.

# fit() takes the same generator directly, with the same result
new = fresh_model().fit(
    batches(), steps_per_epoch=2, epochs=3, verbose=0
)
print(np.round(old.history["loss"], 4))
#> [0.4535 0.3397 0.2853]
print(np.round(new.history["loss"], 4))
#> [0.4535 0.3397 0.2853]
assert np.allclose(old.history["loss"], new.history["loss"])
arrays = fresh_model().fit(
    x, y, batch_size=4, epochs=3, shuffle=False, verbose=0
)
assert np.allclose(new.history["loss"], arrays.history["loss"])
assert np.allclose(
    new.history["loss"], [0.4535, 0.3397, 0.2853], atol=1e-4
)


class StopAfterTen(tf.keras.callbacks.Callback):  # else it never ends
    def on_train_batch_end(self, batch, logs=None):
        self.model.stop_training = batch == 9


# without steps_per_epoch, epoch 0 reads on past the 2 batches
endless = fresh_model().fit(
    batches(), epochs=3, callbacks=[StopAfterTen()], verbose=0
)
assert endless.epoch == [0]  # 10 batches in, still epoch 0
