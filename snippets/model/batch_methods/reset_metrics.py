import tensorflow as tf

model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(
            1, kernel_initializer="zeros", input_shape=(1,)
        )
    ]
)
# learning rate 0, so that train_on_batch leaves the weights alone too
model.compile(
    optimizer=tf.keras.optimizers.SGD(0.0), loss="mse", metrics=["mae"]
)
x = tf.zeros((2, 1))  # the model predicts 0
y1, y2 = tf.fill((2, 1), 1.0), tf.fill((2, 1), 3.0)

named = model.test_on_batch(x, y1, return_dict=True)
print(named)
#> {'loss': 1.0, 'mae': 1.0}
assert named == {"loss": 1.0, "mae": 1.0}
print(model.test_on_batch(x, y2, return_dict=True))  # this batch only
#> {'loss': 9.0, 'mae': 3.0}

# reset_metrics=False keeps this call's state for the NEXT call
first = model.test_on_batch(x, y1, reset_metrics=False)
second = model.test_on_batch(x, y2)  # reset_metrics=True: reset after
third = model.test_on_batch(x, y2)
print(first, second, third)
#> [1.0, 1.0] [5.0, 2.0] [9.0, 3.0]
assert first == [1.0, 1.0]
assert second == [(1 + 9) / 2, (1 + 3) / 2]  # both batches averaged
assert third == [9.0, 3.0]  # fresh again

# train_on_batch() works the same way
model.train_on_batch(x, y1, reset_metrics=False)
both = model.train_on_batch(x, y2)
print(both)
#> [5.0, 2.0]
assert both == [5.0, 2.0]
