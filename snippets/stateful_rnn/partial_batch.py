import numpy as np
import tensorflow as tf


def stateful_model():  # a fresh model for each case
    model = tf.keras.Sequential(
        [
            tf.keras.layers.SimpleRNN(
                3, stateful=True, batch_input_shape=(2, 4, 1)
            ),
            tf.keras.layers.Dense(1),
        ]
    )
    model.compile(optimizer="sgd", loss="mse")
    return model


x, y = np.zeros((5, 4, 1)), np.zeros((5, 1))
failed = []
for n, batch_size in [(5, 2), (4, None), (5, 3)]:
    try:  # 5 = 2 + 2 + 1; None means 32, so one batch of 4; 5 = 3 + 2
        stateful_model().fit(
            x[:n], y[:n], batch_size=batch_size, verbose=0
        )
    except tf.errors.InvalidArgumentError as error:
        failed.append(n)
        print(n, batch_size, error.message.splitlines()[0].strip())
        #> 5 2 Specified a list with shape [2,1] from a tensor with
        #> shape [1,1]
        #> 4 None Specified a list with shape [2,1] from a tensor with
        #> shape [4,1]
        #> 5 3 Specified a list with shape [2,1] from a tensor with
        #> shape [3,1]
assert failed == [5, 4, 5]  # each one later than the shape check

history = stateful_model().fit(
    x[:4], y[:4], batch_size=2, shuffle=False, verbose=0
)
print(history.history["loss"])
#> [0.0]
