import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(
            1, kernel_initializer="ones", input_shape=(1,)
        )
    ]
)
model.compile(
    optimizer="sgd",
    loss="mse",
    metrics=["mae"],
    weighted_metrics=["mae"],
)
x = np.zeros((4, 1), "float32")  # the model predicts 0
y = np.array([[1.0], [1.0], [1.0], [5.0]], "float32")
weights = np.array([1.0, 1.0, 1.0, 0.0], "float32")  # ignore the last

result = model.evaluate(x, y, sample_weight=weights, verbose=0)
print(model.metrics_names)
#> ['loss', 'mae', 'weighted_mae']
print(np.round(result, 4))
#> [0.75 2.   1.  ]
loss, mae, weighted_mae = result
assert np.isclose(mae, 2.0)  # (1 + 1 + 1 + 5) / 4: weights ignored
assert np.isclose(weighted_mae, 1.0)  # (1 + 1 + 1) / 3
assert np.isclose(loss, 3 / 4)  # the loss is weighted, divided by 4
