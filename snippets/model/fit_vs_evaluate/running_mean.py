import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
np.random.seed(0)
x = np.random.uniform(-1, 1, (10, 1)).astype("float32")
y = 3 * x + 1  # 10 samples, batch_size=4: batches of 4, 4 and 2

model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(
            1, kernel_initializer="zeros", input_shape=(1,)
        )
    ]
)
model.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss="mse")


def mse_now(xb, yb):  # loss of a batch with the weights of this moment
    return float(np.mean((model.predict_on_batch(xb) - yb) ** 2))


class Recorder(tf.keras.callbacks.Callback):
    def on_train_batch_begin(self, batch, logs=None):
        rows = slice(4 * batch, 4 * batch + 4)  # shuffle=False below
        before.append(mse_now(x[rows], y[rows]))  # before the update

    def on_train_batch_end(self, batch, logs=None):
        shown.append(logs["loss"])  # the loss fit() reports so far


before, shown = [], []
history = model.fit(
    x, y, batch_size=4, shuffle=False, callbacks=[Recorder()], verbose=0
)
fit_loss = history.history["loss"][0]
sizes = np.array([4, 4, 2])
print(np.round(before, 4))  # pre-update loss of each batch
#> [2.7863 2.8215 4.5534]
print(np.round(shown, 4))  # running value after each batch
#> [2.7863 2.8039 3.1538]
print(round(fit_loss, 4))  # what fit() records for the epoch
#> 3.1538

# fit's epoch loss: mean of pre-update batch losses, weighted by size
weighted = np.cumsum(sizes * before) / np.cumsum(sizes)
assert np.allclose(shown, weighted, rtol=1e-5)
assert np.isclose(fit_loss, weighted[-1], rtol=1e-5)
# ... not the last batch's loss, not an unweighted mean of batches
assert not np.isclose(fit_loss, before[-1], rtol=1e-3)
assert not np.isclose(fit_loss, np.mean(before), rtol=1e-3)

# evaluate(): the same data, all of it with the final weights
eval_loss = model.evaluate(x, y, verbose=0)
print(round(eval_loss, 4), round(mse_now(x, y), 4))
#> 1.3795 1.3795
assert np.isclose(eval_loss, mse_now(x, y), rtol=1e-5)
assert eval_loss < fit_loss  # training improved the weights meanwhile
