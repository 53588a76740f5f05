import glob
import os

import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
np.random.seed(0)
x = np.random.rand(8, 2).astype("float32")
y = x.sum(axis=1, keepdims=True)

model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(2,))]
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
#> ['epoch_loss', 'keras']
assert {tag for tag, step, n in train} == {"epoch_loss", "keras"}
train_loss = [float(n) for tag, step, n in train if tag == "epoch_loss"]
val_loss = [
    float(n)
    for tag, step, n in read_events("validation")
    if tag == "epoch_loss"
]
print(np.round(train_loss, 4), np.round(history.history["loss"], 4))
#> [4.1363 3.6324] [4.1363 3.6324]
print(np.round(val_loss, 4), np.round(history.history["val_loss"], 4))
#> [3.745  3.2852] [3.745  3.2852]
# one value per epoch: the same numbers fit() returns in its History
assert len(train_loss) == len(val_loss) == 2  # epochs=2
assert np.allclose(train_loss, history.history["loss"])
assert np.allclose(val_loss, history.history["val_loss"])
# profile_batch=0: nothing profiled, no Profile tab
assert not os.path.exists(os.path.join("logs", "train", "plugins"))
