import tensorflow as tf
from tensorflow.keras.layers import Dense

print(Dense is tf.keras.layers.Dense)
#> True
assert Dense is tf.keras.layers.Dense
