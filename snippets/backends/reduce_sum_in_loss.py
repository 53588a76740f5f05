import numpy as np
import tensorflow as tf

skill = tf.constant([[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]])
seen = []


def loss_function(y_true, y_pred):
    seen.append(tf.executing_eagerly())  # True: run_eagerly=True
    # the notes' sum, kept in TensorFlow so the gradient flows
    summed = tf.reduce_sum(y_pred * skill, axis=2)
    return tf.reduce_mean(tf.square(summed - tf.reduce_sum(y_true, 2)))


print(tf.executing_eagerly())  # TF 2 is eager outside fit() anyway
#> True
x, y = np.ones((1, 3, 2)), np.ones((1, 3, 2))
model = tf.keras.Sequential(
    [
        tf.keras.Input(shape=(3, 2)),
        # fixed start weights: every output starts at 0.5 + 0.5 = 1
        tf.keras.layers.Dense(
            2, kernel_initializer=tf.keras.initializers.Constant(0.5)
        ),
    ]
)
model.compile(loss=loss_function, optimizer="rmsprop", run_eagerly=True)
history = model.fit(x, y, epochs=3, verbose=0)
print(seen)
#> [True, True, True]
print(np.round(history.history["loss"], 4))
#> [35.6667 34.8056 34.1912]
assert all(seen)
# first epoch: sums of skill [3, 7, 11] against y_true's sum 2
assert np.isclose(
    history.history["loss"][0], np.mean(np.square([1, 5, 9]))
)
assert history.history["loss"][-1] < history.history["loss"][0]
