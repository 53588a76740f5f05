import tensorflow as tf
from tensorflow.keras import Sequential

print(Sequential is tf.keras.Sequential)
#> True
assert Sequential is tf.keras.Sequential  # two spellings, one class
