# Raises TypeError on purpose: batch_shape belongs to tf.keras.Input.
import tensorflow as tf

tf.keras.layers.SimpleRNN(3, stateful=True, batch_shape=(2, 4, 1))
#> TypeError: ('Keyword argument not understood:', 'batch_shape')
