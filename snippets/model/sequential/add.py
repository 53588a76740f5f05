import tensorflow as tf
from tensorflow.keras import Sequential

model = Sequential(layers=None, name=None)  # every default: empty model
print(model.name, len(model.layers))
#> sequential 0
assert model.layers == [] and model.name.startswith("sequential")

layer = tf.keras.layers.Dense(3, input_shape=(2,))
model.add(layer)
last = tf.keras.layers.Dense(1)
model.add(last)
print(model.layers[0] is layer)  # model.layers holds the objects
#> True
print([type(each).__name__ for each in model.layers])
#> ['Dense', 'Dense']
print(model.output_shape)
#> (None, 1)
assert model.layers[0] is layer and model.layers[1] is last
