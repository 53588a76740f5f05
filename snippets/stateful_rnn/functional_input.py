import tensorflow as tf

# both spell the same fixed batch size of 2 for a functional model
a = tf.keras.Input(batch_shape=(2, 4, 1))
b = tf.keras.Input(shape=(4, 1), batch_size=2)
print(a.shape, b.shape)
#> (2, 4, 1) (2, 4, 1)
assert a.shape == b.shape == (2, 4, 1)

outputs = tf.keras.layers.SimpleRNN(3, stateful=True)(a)
model = tf.keras.Model(a, outputs)
print(model.layers[1].states[0].shape)
#> (2, 3)
