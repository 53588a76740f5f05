import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, kernel_initializer="zeros")]
)
model.compile(
    optimizer=tf.keras.optimizers.SGD(0.0),  # weights stay put
    loss="mse",
    weighted_metrics=["mae"],
)
x = np.zeros((2, 1), "float32")  # the model predicts 0
y = np.array([[1.0], [3.0]], "float32")  # squared errors 1 and 9

weighted = model.test_on_batch(
    x, y, sample_weight=np.array([1.0, 0.0]), return_dict=True
)
print(weighted)
#> {'loss': 0.5, 'mae': 1.0}
assert weighted["loss"] == (1 * 1 + 0 * 9) / 2  # per sample, / 2
assert weighted["mae"] == 1.0  # the weighted mean of 1 and 3

labels = np.array([[0.0], [1.0]], "float32")  # squared errors 0 and 1
by_class = model.train_on_batch(
    x, labels, class_weight={0: 1.0, 1: 4.0}, return_dict=True
)
print(by_class["loss"])
#> 2.0
assert by_class["loss"] == (0 * 1.0 + 1 * 4.0) / 2
