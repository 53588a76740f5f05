import tensorflow as tf

model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(8, activation="relu", input_shape=(4,)),
        tf.keras.layers.Dense(1),
    ],
    name="regressor",
)
print(model.name)
#> regressor
print([layer.name for layer in model.layers])  # in the order given
#> ['dense', 'dense_1']
print(model.output_shape)
#> (None, 1)
assert len(model.layers) == 2  # the input_shape adds no layer here
assert [layer.units for layer in model.layers] == [8, 1]
assert model.built and len(model.weights) == 4  # before any data
assert model.output_shape == (None, 1)
