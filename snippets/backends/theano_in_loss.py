# Raises ValueError on purpose: Th.sum gives Keras no numbers
# Changes process state on purpose: importing Theano sets
# np.seterr(all="ignore") and THEANO_FLAGS stays set.
import os

os.environ["THEANO_FLAGS"] = "cxx=,base_compiledir=theano_cache"

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import theano.tensor as Th  # noqa: E402

skill = tf.constant([[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]])


# keep the AutoGraph pass Keras applies to losses out of Theano's code
@tf.autograph.experimental.do_not_convert
def loss_function(y_true, y_pred):
    return np.array(
        Th.sum(
            (y_pred * skill).numpy(),
            axis=2,
            acc_dtype="float32",
            dtype="float32",
        )
    )


# even .eval() (numbers) cannot train: .numpy() cuts the tape
layer = tf.keras.layers.Dense(2)
with tf.GradientTape() as tape:
    y_pred = layer(np.ones((1, 3, 2), "float32"))
    numbers = Th.sum((y_pred * skill).numpy(), axis=2).eval()
    loss = tf.reduce_mean(tf.constant(numbers))
gradients = tape.gradient(loss, layer.trainable_weights)
print(gradients)
#> [None, None]
assert gradients == [None, None]

model = tf.keras.Sequential(
    [tf.keras.layers.Dense(2, input_shape=(3, 2))]
)
model.compile(loss=loss_function, optimizer="rmsprop", run_eagerly=True)
model.fit(np.ones((1, 3, 2)), np.ones((1, 3, 2)), verbose=0)
#> ValueError: Failed to convert a NumPy array to a Tensor (Unsupported
#> object type TensorVariable).
