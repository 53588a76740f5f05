# Keras 3: profile_batch defaults to 0, so nothing is profiled
# Needs tensorboard: TF 2.21 no longer installs it, and the callback
# writes its summaries with it
import glob
import inspect
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
# profile_batch=0 is the default now: no train/plugins/profile/
args = inspect.signature(tf.keras.callbacks.TensorBoard).parameters
print(args["profile_batch"].default)
#> 0
print(os.path.exists(os.path.join("logs", "train", "plugins")))
#> False
assert args["profile_batch"].default == 0
assert not os.path.exists(os.path.join("logs", "train", "plugins"))
