# Raises ValueError on purpose: batch_shape belongs to tf.keras.Input.
# Keras 3: an unknown layer keyword raises ValueError, not TypeError
import tensorflow as tf

tf.keras.layers.SimpleRNN(3, stateful=True, batch_shape=(2, 4, 1))
#> ValueError: Unrecognized keyword arguments passed to SimpleRNN:
#> {'batch_shape': (2, 4, 1)}
