# Raises ValueError on purpose: it wraps a layer object, not a class.
from tensorflow.keras.layers import Dense, TimeDistributed

TimeDistributed(Dense)
#> ValueError: Please initialize `TimeDistributed` layer with a
#> `tf.keras.layers.Layer` instance. You passed: <class
#> 'tensorflow.python.keras.layers.core.Dense'>
