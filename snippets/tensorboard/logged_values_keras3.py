# Keras 3: tf.summary.scalar is in the tensorboard package, now separate
# Raises TBNotInstalledError on purpose: tensorboard is not installed
import glob

import numpy as np
import tensorflow as tf


def read_events(run):
    """Every (tag, step, value) summary in one run's event files."""
    found = []
    for path in sorted(
        glob.glob("logs/%s/events.out.tfevents.*" % run)
    ):
        for record in tf.data.TFRecordDataset(path):
            event = tf.compat.v1.Event.FromString(record.numpy())
            for value in event.summary.value:
                number = tf.make_ndarray(value.tensor)
                found.append(
                    (value.tag, event.step, round(float(number), 4))
                )
    return found


# TensorFlow's own summary op still writes event files...
writer = tf.summary.create_file_writer("logs/train")
with writer.as_default():
    tf.summary.write("epoch_loss", 4.1363, step=0)
writer.flush()
print(read_events("train"))
#> [('epoch_loss', 0, 4.1363)]
assert np.allclose([v for t, s, v in read_events("train")], [4.1363])

# ...but tf.summary.scalar, which the callback uses, is TensorBoard's
with writer.as_default():
    tf.summary.scalar("epoch_loss", 3.6324, step=1)
#> TBNotInstalledError: TensorBoard is not installed, missing
#> implementation for tf.summary.scalar
