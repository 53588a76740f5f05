import numpy as np
import tensorflow as tf

np.random.seed(0)
x = np.random.uniform(-1, 1, (32, 1)).astype("float32")
y = 2 * x + 1
model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(
            1, kernel_initializer="zeros", input_shape=(1,)
        )
    ]
)
model.compile(optimizer=tf.keras.optimizers.SGD(0.2), loss="mse")

losses = []
# a hand-written fit(): each epoch shuffles, then steps batch by batch
for _ in range(3):
    order = np.random.permutation(len(x))
    for start in range(0, len(x), 8):
        rows = order[start : start + 8]
        model.train_on_batch(x[rows], y[rows])
    losses.append(model.test_on_batch(x, y))  # loss after the epoch
print(np.round(losses, 4))
#> [0.3526 0.1123 0.04  ]
assert losses[0] > losses[1] > losses[2]
