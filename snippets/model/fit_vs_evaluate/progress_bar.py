import contextlib
import io
import re

import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
np.random.seed(0)
x = np.random.uniform(-1, 1, (10, 1)).astype("float32")
y = 3 * x + 1
model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(
            1, kernel_initializer="zeros", input_shape=(1,)
        )
    ]
)
model.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss="mse")


class Running(tf.keras.callbacks.Callback):
    def on_train_batch_end(self, batch, logs=None):
        running.append(logs["loss"])  # the running mean after a batch


def fit_and_read_the_bar():
    running.clear()
    with contextlib.redirect_stdout(io.StringIO()) as screen:
        history = model.fit(  # verbose=1: the progress bar
            x, y, batch_size=4, shuffle=False, callbacks=[Running()]
        )
    shown = re.findall(r"loss: ([\d.]+)", screen.getvalue())[-1]
    return float(shown), history.history["loss"][0]


running = []
# the first fit() after compile()
shown, recorded = fit_and_read_the_bar()
print(shown, round(recorded, 4))
#> 2.9745 3.1538
assert abs(shown - recorded) > 1e-3  # the bar disagrees with History
# it averaged the running means once more: (r1 + r2 + r3 + r3) / 4
twice = (sum(running) + running[-1]) / (len(running) + 1)
print(round(twice, 4))
#> 2.9745
assert abs(shown - twice) < 1e-4

shown, recorded = fit_and_read_the_bar()  # a second fit() is right
print(shown, round(recorded, 4))
#> 1.1651 1.1651
assert abs(shown - recorded) < 1e-4

# verbose=2: one line per epoch, right even in a first fit()
model.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss="mse")
with contextlib.redirect_stdout(io.StringIO()) as screen:
    history = model.fit(x, y, batch_size=4, epochs=2, verbose=2)
lines = re.findall(r"loss: ([\d.]+)", screen.getvalue())
print(lines, np.round(history.history["loss"], 4))
#> ['0.6817', '0.5523'] [0.6817 0.5523]
assert np.allclose(
    [float(v) for v in lines], history.history["loss"], atol=1e-4
)

# evaluate() shows the same flaw in its first call after compile()
model.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss="mse")
with contextlib.redirect_stdout(io.StringIO()) as screen:
    returned = model.evaluate(x, y, batch_size=4)  # verbose=1
shown = float(re.findall(r"loss: ([\d.]+)", screen.getvalue())[-1])
print(shown, round(returned, 4))
#> 0.3209 0.4696
assert abs(shown - returned) > 1e-3

with contextlib.redirect_stdout(io.StringIO()) as screen:  # a 2nd call
    returned = model.evaluate(x, y, batch_size=4)
shown = float(re.findall(r"loss: ([\d.]+)", screen.getvalue())[-1])
print(shown, round(returned, 4))
#> 0.4696 0.4696
assert abs(shown - returned) < 1e-4
