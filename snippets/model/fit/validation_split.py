import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
seen = []  # the targets of every batch the loss is computed on


def recording_mse(y_true, y_pred):
    seen.append(y_true.numpy().ravel().astype(int).tolist())
    return tf.reduce_mean(tf.square(y_true - y_pred))


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
model.compile(
    optimizer="sgd",
    loss=recording_mse,
    metrics=["mae"],
    run_eagerly=True,
)
x = np.arange(10, dtype="float32").reshape(-1, 1)  # sample i is i
history = model.fit(
    x, x, batch_size=10, validation_split=0.2, shuffle=True, verbose=0
)
train, validation = seen
print(train)  # shuffled, but only samples 0..7
#> [6, 4, 7, 3, 2, 1, 5, 0]
print(validation)  # the last 20 %, in order
#> [8, 9]
print(sorted(history.history))
#> ['loss', 'mae', 'val_loss', 'val_mae']

assert sorted(train) == list(range(8))
assert validation == [8, 9]
assert sorted(history.history) == ["loss", "mae", "val_loss", "val_mae"]
