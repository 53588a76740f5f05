# Keras 3: the progress bar shows the History value from the first fit()
import contextlib
import io
import re

import numpy as np
import tensorflow as tf

np.random.seed(0)
x = np.random.uniform(-1, 1, (10, 1)).astype("float32")
y = 3 * x + 1  # 10 samples, batch_size=4: batches of 4, 4 and 2
model = tf.keras.Sequential(
    [
        tf.keras.Input((1,)),
        tf.keras.layers.Dense(1, kernel_initializer="zeros"),
    ]
)
model.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss="mse")


def mse_now(xb, yb):  # loss of a batch with the weights of this moment
    return float(np.mean((model.predict_on_batch(xb) - yb) ** 2))


class Recorder(tf.keras.callbacks.Callback):
    def on_train_batch_begin(self, batch, logs=None):
        rows = slice(4 * batch, 4 * batch + 4)  # shuffle=False below
        before.append(mse_now(x[rows], y[rows]))  # before the update


def last_loss_on(screen):
    return float(re.findall(r"loss: ([\d.]+)", screen.getvalue())[-1])


before = []
# the first fit() after compile(), verbose=1: the progress bar
with contextlib.redirect_stdout(io.StringIO()) as screen:
    history = model.fit(
        x, y, batch_size=4, shuffle=False, callbacks=[Recorder()]
    )
shown, recorded = last_loss_on(screen), history.history["loss"][0]
print(shown, round(recorded, 4))  # the bar agrees with History
#> 3.1538 3.1538
assert abs(shown - recorded) < 1e-4

# both are still the mean of the pre-update batch losses, by size
sizes = np.array([4, 4, 2])
weighted = np.sum(sizes * before) / np.sum(sizes)
print(np.round(before, 4), round(weighted, 4))
#> [2.7863 2.8215 4.5534] 3.1538
assert np.isclose(recorded, weighted, rtol=1e-5)
assert not np.isclose(recorded, np.mean(before), rtol=1e-3)

# evaluate(): the final weights on all the data, a lower number
eval_loss = model.evaluate(x, y, verbose=0)
print(round(eval_loss, 4), round(mse_now(x, y), 4))
#> 1.3795 1.3795
assert np.isclose(eval_loss, mse_now(x, y), rtol=1e-5)
assert eval_loss < recorded

# the first evaluate() after compile() shows its result right too
model.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss="mse")
with contextlib.redirect_stdout(io.StringIO()) as screen:
    returned = model.evaluate(x, y, batch_size=4)  # verbose=1
shown = last_loss_on(screen)
print(shown, round(returned, 4))
#> 1.3795 1.3795
assert abs(shown - returned) < 1e-4
