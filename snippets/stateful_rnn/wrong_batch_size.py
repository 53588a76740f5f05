# Raises ValueError on purpose: the model only takes batches of 2.
import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [
        tf.keras.layers.SimpleRNN(
            3, stateful=True, batch_input_shape=(2, 4, 1)
        ),
        tf.keras.layers.Dense(1),
    ]
)
model.compile(optimizer="sgd", loss="mse")
x, y = np.zeros((8, 4, 1)), np.zeros((8, 1))
model.fit(x, y, batch_size=4, shuffle=False, verbose=0)
#> ValueError: Input 0 is incompatible with layer sequential: expected
#> shape=(2, None, 1), found shape=(4, 4, 1)
