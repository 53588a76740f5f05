# Keras 3: the list repeats the plain 'mae'; prefer return_dict=True
import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [
        tf.keras.Input((1,)),
        tf.keras.layers.Dense(1, kernel_initializer="ones"),
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

named = model.evaluate(
    x, y, sample_weight=weights, return_dict=True, verbose=0
)
print(named)
#> {'loss': 0.75, 'mae': 2.0, 'weighted_mae': 1.0}
assert np.isclose(named["mae"], 2.0)  # (1 + 1 + 1 + 5) / 4
assert np.isclose(named["weighted_mae"], 1.0)  # (1 + 1 + 1) / 3
assert np.isclose(named["loss"], 3 / 4)  # weighted, divided by 4

result = model.evaluate(x, y, sample_weight=weights, verbose=0)
print(result)  # four values: both metrics are named 'mae' inside
#> [0.75, 2.0, 2.0, 1.0]
loss, mae, weighted_mae = named.values()
assert result == [loss, mae, mae, weighted_mae]
inside = model.metrics[
    -1
].metrics  # the metrics behind 'compile_metrics'
assert [metric.name for metric in inside] == ["mae", "mae"]
