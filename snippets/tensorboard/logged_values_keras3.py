# Keras 3: the callback also logs the learning rate and each evaluation
import glob
import os

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)  # Python, NumPy and TF
x = np.random.rand(8, 2).astype("float32")
y = x.sum(axis=1, keepdims=True)

model = tf.keras.Sequential(
    [tf.keras.Input(shape=(2,)), tf.keras.layers.Dense(1)]
)
model.compile(loss="mse", optimizer="sgd")
tensorboard = tf.keras.callbacks.TensorBoard(
    log_dir="logs", profile_batch=0
)
history = model.fit(
    x,
    y,
    batch_size=4,
    epochs=2,
    validation_data=(x, y),
    callbacks=[tensorboard],
    verbose=0,
)


def read_events(run):
    """Every (tag, step, value) summary in one run's event files."""
    found = []
    for path in sorted(
        glob.glob("logs/%s/events.out.tfevents.*" % run)
    ):
        for record in tf.data.TFRecordDataset(path):
            event = tf.compat.v1.Event.FromString(record.numpy())
            for value in event.summary.value:
                if value.WhichOneof("value") == "simple_value":
                    number = value.simple_value
                else:
                    number = tf.make_ndarray(value.tensor)
                found.append((value.tag, event.step, number))
    return found


train = read_events("train")
print(sorted({tag for tag, step, number in train}))
#> ['epoch_learning_rate', 'epoch_loss', 'keras']
validation = read_events("validation")
print(sorted({tag for tag, step, number in validation}))
#> ['epoch_loss', 'evaluation_loss_vs_iterations']
rates = [
    float(n) for tag, step, n in train if tag == "epoch_learning_rate"
]
evaluations = [
    step
    for tag, step, n in validation
    if tag == "evaluation_loss_vs_iterations"
]
# SGD's learning rate per epoch; an evaluation at each step count
print(np.round(rates, 4), evaluations)  # 2 steps per epoch
#> [0.01 0.01] [2, 4]
assert np.allclose(rates, [0.01, 0.01]) and evaluations == [2, 4]
train_loss = [float(n) for tag, step, n in train if tag == "epoch_loss"]
val_loss = [
    float(n) for tag, step, n in validation if tag == "epoch_loss"
]
print(np.round(train_loss, 4), np.round(history.history["loss"], 4))
#> [2.2369 1.9619] [2.2369 1.9619]
print(np.round(val_loss, 4), np.round(history.history["val_loss"], 4))
#> [2.0259 1.7778] [2.0259 1.7778]
# one value per epoch: the same numbers fit() returns in its History
assert len(train_loss) == len(val_loss) == 2  # epochs=2
assert np.allclose(train_loss, history.history["loss"])
assert np.allclose(val_loss, history.history["val_loss"])
# profile_batch=0: nothing profiled, no Profile tab
assert not os.path.exists(os.path.join("logs", "train", "plugins"))
