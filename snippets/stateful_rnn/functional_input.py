import numpy as np
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

# only the Input that feeds the stateful layer needs the batch size
other = tf.keras.Input(shape=(3,))  # batch size left open
features = tf.keras.layers.Dense(2)(other)
joined = tf.keras.layers.Concatenate()([outputs, features])
two_inputs = tf.keras.Model([a, other], joined)
two_inputs.compile(optimizer="sgd", loss="mse")
x = [np.zeros((4, 4, 1)), np.zeros((4, 3))]
history = two_inputs.fit(
    x, np.zeros((4, 5)), batch_size=2, shuffle=False, verbose=0
)
assert len(history.history["loss"]) == 1  # trained, no error
