# Keras 3: Sequential(trainable=False) freezes the model when it is made
import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [tf.keras.Input((1,)), tf.keras.layers.Dense(1)],
    trainable=False,  # freezes the model as a whole
    name="frozen",
)
print(len(model.weights), len(model.trainable_weights))
#> 2 0
assert model.trainable_weights == []
print([layer.trainable for layer in model.layers])  # flags untouched
#> [True]
assert all(layer.trainable for layer in model.layers)

model.compile(optimizer="sgd", loss="mse")
before = model.get_weights()
model.fit(np.ones((4, 1)), np.zeros((4, 1)), verbose=0)
unchanged = zip(before, model.get_weights())
assert all(np.array_equal(old, new) for old, new in unchanged)
