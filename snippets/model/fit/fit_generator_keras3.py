# Keras 3: fit_generator is gone; pass the generator to fit()
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
        [
            tf.keras.Input((1,)),
            tf.keras.layers.Dense(1, kernel_initializer="zeros"),
        ]
    )
    model.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss="mse")
    return model


model = fresh_model()
old_names = ("fit_generator", "evaluate_generator", "predict_generator")
print([hasattr(model, name) for name in old_names])
#> [False, False, False]
assert not any(hasattr(model, name) for name in old_names)

# fit() takes the generator; the arrays in the same batches agree
new = model.fit(batches(), steps_per_epoch=2, epochs=3, verbose=0)
arrays = fresh_model().fit(
    x, y, batch_size=4, epochs=3, shuffle=False, verbose=0
)
print(np.round(new.history["loss"], 4))
#> [0.4535 0.3397 0.2853]
print(np.round(arrays.history["loss"], 4))
#> [0.4535 0.3397 0.2853]
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
