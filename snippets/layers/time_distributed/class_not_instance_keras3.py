# Raises ValueError on purpose: it wraps a layer object, not a class.
# Keras 3: the same ValueError, with a reworded message
from tensorflow.keras.layers import Dense, TimeDistributed

TimeDistributed(Dense)
#> ValueError: Please initialize `TimeDistributed` layer with a
#> `keras.layers.Layer` instance. Received: <class
#> 'keras.src.layers.core.dense.Dense'>
