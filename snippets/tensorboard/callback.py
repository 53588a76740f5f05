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
tensorboard = tf.keras.callbacks.TensorBoard(log_dir="logs")
model.fit(
    x,
    y,
    batch_size=4,
    epochs=2,
    validation_data=(x, y),
    callbacks=[tensorboard],
    verbose=0,
)

print(sorted(os.listdir("logs")))
#> ['train', 'validation']
for run in ["train", "validation"]:
    events = glob.glob(
        os.path.join("logs", run, "events.out.tfevents.*")
    )
    print(run, len(events) > 0)
    #> train True
    #> validation True
    assert events, "no event file in logs/" + run

# validation_split makes validation/ too; no validation: train/ only
for run, given in [("split", {"validation_split": 0.5}), ("none", {})]:
    logs = "logs_" + run
    callback = tf.keras.callbacks.TensorBoard(logs, profile_batch=0)
    model.fit(x, y, verbose=0, callbacks=[callback], **given)
    print(run, sorted(os.listdir(logs)))
    #> split ['train', 'validation']
    #> none ['train']
    assert sorted(os.listdir(logs)) == (
        ["train"] if run == "none" else ["train", "validation"]
    )
# profile_batch=2 (the default) also profiles the second batch
print(os.listdir(os.path.join("logs", "train", "plugins")))
#> ['profile']
assert os.path.isdir(
    os.path.join("logs", "train", "plugins", "profile")
)
