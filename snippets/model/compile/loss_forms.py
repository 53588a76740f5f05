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


def squared_error(y_true, y_pred):  # one value per sample
    return tf.reduce_mean(tf.square(y_true - y_pred), axis=-1)


losses = []
for loss in (
    "mean_squared_error",  # a name (the alias "mse" works too)
    squared_error,  # a function f(y_true, y_pred)
    tf.keras.losses.MeanSquaredError(),  # a Loss instance
):
    model.compile(optimizer="sgd", loss=loss)
    losses.append(model.evaluate(x, y, verbose=0))

by_hand = np.mean((x.sum(axis=1, keepdims=True) - y) ** 2)
print(np.round(losses, 4), round(by_hand, 4))
#> [1.066 1.066 1.066] 1.066
assert np.allclose(losses, by_hand, rtol=1e-5)
