import logging.handlers

import numpy as np
import tensorflow as tf

seen = []  # the targets of every batch the loss is computed on


def recording_mse(y_true, y_pred):
    seen.append(y_true.numpy().ravel().astype(int).tolist())
    return tf.reduce_mean(tf.square(y_true - y_pred))


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
model.compile(optimizer="sgd", loss=recording_mse, run_eagerly=True)
x = np.arange(6, dtype="float32").reshape(-1, 1)  # sample i is i


def batches():  # a finite generator: 3 batches, then it is done
    for start in (0, 2, 4):
        yield x[start : start + 2], x[start : start + 2]


model.fit(batches(), epochs=1, verbose=0)  # no steps_per_epoch
print(seen)  # one epoch: the generator, to the end
#> [[0, 1], [2, 3], [4, 5]]
assert seen == [[0, 1], [2, 3], [4, 5]]

seen.clear()
log = logging.handlers.BufferingHandler(capacity=10)
tf.get_logger().addHandler(log)  # to read TensorFlow's warning
history = model.fit(batches(), epochs=3, verbose=0)
tf.get_logger().removeHandler(log)
print(seen)  # epoch 0 used up the generator: nothing is left
#> [[0, 1], [2, 3], [4, 5]]
losses = history.history["loss"]
print(history.epoch, losses[1] == losses[0])  # epoch 1: no new loss
#> [0, 1] True
print(log.buffer[0].getMessage())
#> Your input ran out of data; interrupting training. Make sure that
#> your dataset or generator can generate at least `steps_per_epoch *
#> epochs` batches (in this case, 9 batches). You may need to use the
#> repeat() function when building your dataset.
assert seen == [[0, 1], [2, 3], [4, 5]]  # 3 batches, not 9
assert history.epoch == [0, 1]  # then fit() stopped, epoch 1 empty
assert losses[1] == losses[0]
assert "ran out of data" in log.buffer[0].getMessage()
