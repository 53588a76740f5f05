import numpy as np
import tensorflow as tf

print(tf.keras.layers.Flatten().data_format)  # None -> global default
#> channels_last
assert tf.keras.layers.Flatten().data_format == "channels_last"
tf.keras.backend.set_image_data_format("channels_first")
try:  # unless the global default is changed
    assert tf.keras.layers.Flatten().data_format == "channels_first"
finally:
    tf.keras.backend.set_image_data_format("channels_last")

x = np.arange(12, dtype="float32").reshape(1, 2, 3, 2)
last = tf.keras.layers.Flatten()(x)
print(last.numpy())
#> [[ 0.  1.  2.  3.  4.  5.  6.  7.  8.  9. 10. 11.]]
assert (last.numpy() == x.reshape(1, -1)).all()  # row-major order

first = tf.keras.layers.Flatten(data_format="channels_first")(x)
print(first.numpy())
#> [[ 0.  6.  1.  7.  2.  8.  3.  9.  4. 10.  5. 11.]]
# channels_first: axis 1 is moved last before flattening, so the
# values come out as from the channels-last layout of the same data
moved = np.transpose(x, (0, 2, 3, 1))
assert (first.numpy() == tf.keras.layers.Flatten()(moved).numpy()).all()
