import numpy as np
import tensorflow as tf

x = np.zeros((4, 1), "float32")  # the model predicts 0
y = np.array([[0.0], [1.0], [1.0], [2.0]], "float32")  # classes 0, 1, 2
model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(
            1, kernel_initializer="zeros", input_shape=(1,)
        )
    ]
)
# learning rate 0: the epoch's loss is the loss of these fixed weights
model.compile(optimizer=tf.keras.optimizers.SGD(0.0), loss="mse")


def epoch_loss(**weighting):
    history = model.fit(x, y, batch_size=4, verbose=0, **weighting)
    return history.history["loss"][0]


plain = epoch_loss()  # squared errors 0, 1, 1 and 4
per_sample = epoch_loss(sample_weight=np.array([1.0, 1.0, 1.0, 0.0]))
per_class = epoch_loss(class_weight={0: 1.0, 1: 3.0, 2: 0.5})
print(plain, per_sample, per_class)
#> 1.5 0.5 2.0
assert plain == (0 + 1 + 1 + 4) / 4
assert per_sample == (0 + 1 + 1 + 0) / 4  # weighted, still divided by 4
assert per_class == (0 + 3 * 1 + 3 * 1 + 0.5 * 4) / 4

# batches of 3 and 1: the epoch's mean weighs each batch by its size
by_size = model.fit(x, y, batch_size=3, verbose=0).history["loss"][0]
assert np.isclose(by_size, (0 + 1 + 1 + 4) / 4)  # not (2/3 + 4) / 2
