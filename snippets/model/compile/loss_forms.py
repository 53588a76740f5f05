import numpy as np
import tensorflow as tf

np.random.seed(0)
x = np.random.uniform(-1, 1, (6, 2)).astype("float32")
y = np.random.uniform(-1, 1, (6, 1)).astype("float32")
model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(
            1, kernel_initializer="ones", input_shape=(2,)
        )
    ]
)

losses = []
for loss in (
    "mean_squared_error",  # a name (the alias "mse" works too)
    tf.keras.losses.mean_squared_error,  # a function
    tf.keras.losses.MeanSquaredError(),  # a Loss instance
):
    model.compile(optimizer="sgd", loss=loss)
    losses.append(model.evaluate(x, y, verbose=0))

by_hand = np.mean((x.sum(axis=1, keepdims=True) - y) ** 2)
print(np.round(losses, 4), round(by_hand, 4))
#> [1.066 1.066 1.066] 1.066
assert np.allclose(losses, by_hand, rtol=1e-5)
