import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))], name="frozen"
)
model.trainable = False  # freezes every layer of the model
print(len(model.weights), len(model.trainable_weights))
#> 2 0
assert model.trainable_weights == []
assert not any(layer.trainable for layer in model.layers)

model.compile(optimizer="sgd", loss="mse")
before = model.get_weights()
model.fit(np.ones((4, 1)), np.zeros((4, 1)), verbose=0)
unchanged = zip(before, model.get_weights())
assert all(np.array_equal(old, new) for old, new in unchanged)
