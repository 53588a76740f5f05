import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

np.random.seed(0)
x = np.random.uniform(-1, 1, (96, 1)).astype("float32")
noise = np.random.normal(0, 0.1, (96, 1)).astype("float32")
y = 3 * x + 1 + noise  # 96 samples, batch_size=8: 12 batches
model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, kernel_initializer="zeros")]
)
model.compile(optimizer=tf.keras.optimizers.SGD(0.2), loss="mse")
model.build((None, 1))


def mse_now(xb, yb):  # loss of a batch with the weights of this moment
    return float(np.mean((model.predict_on_batch(xb) - yb) ** 2))


class Recorder(tf.keras.callbacks.Callback):
    def on_train_batch_begin(self, batch, logs=None):
        rows = slice(8 * batch, 8 * batch + 8)  # shuffle=False below
        before.append(mse_now(x[rows], y[rows]))  # before the update

    def on_train_batch_end(self, batch, logs=None):
        shown.append(logs["loss"])  # the loss fit() reports so far


before, shown = [], []
history = model.fit(
    x, y, batch_size=8, shuffle=False, callbacks=[Recorder()], verbose=0
)
eval_loss = model.evaluate(x, y, verbose=0)  # the final weights
running = np.cumsum(before) / np.arange(1, 13)  # equal batch sizes
assert np.allclose(shown, running, rtol=1e-5)
assert np.isclose(history.history["loss"][0], running[-1], rtol=1e-5)
assert np.isclose(eval_loss, mse_now(x, y), rtol=1e-5)
print(np.round(before, 2))
#> [3.43 3.62 2.75 1.36 0.66 0.75 0.48 0.27 0.41 0.3  0.11 0.1 ]
print(round(history.history["loss"][0], 4), round(eval_loss, 4))
#> 1.1869 0.1277
assert eval_loss < running[-1] / 5  # far below what fit() reported

fig, ax = plt.subplots()
batches = np.arange(1, 13)
ax.plot(batches, before, "o", label="each batch, before its update")
ax.plot(batches, shown, label="fit(): running mean so far")
ax.axhline(
    eval_loss,
    color="C2",
    linestyle="--",
    label="evaluate(), at the end",
)
ax.set(xlabel="batch of the epoch", ylabel="mean squared error")
ax.set_title("One epoch: the loss fit() reports and evaluate()'s")
ax.legend()
