import numpy as np
import tensorflow as tf

modes = []  # tf.executing_eagerly() each time the loss's Python runs


def recording_mse(y_true, y_pred):
    modes.append(tf.executing_eagerly())
    return tf.reduce_mean(tf.square(y_true - y_pred))


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
x = np.zeros((4, 1), "float32")  # two batches of 2 below


def run_eagerly_and_modes(run_eagerly):
    modes.clear()
    model.compile(
        optimizer="sgd", loss=recording_mse, run_eagerly=run_eagerly
    )
    model.fit(x, x, batch_size=2, verbose=0)
    return model.run_eagerly, list(modes)


tf.config.run_functions_eagerly(True)  # a switch for the process
under_switch = {
    arg: run_eagerly_and_modes(arg) for arg in (None, False)
}
tf.config.run_functions_eagerly(False)  # back to the default
print(under_switch)  # (model.run_eagerly, the loss's modes)
#> {None: (True, [True, True]), False: (False, [True, True])}
print(run_eagerly_and_modes(None))  # without the switch
#> (False, [False, False])
assert under_switch[None] == (True, [True, True])  # None follows it
assert under_switch[False][1] == [True, True]  # the switch wins
assert run_eagerly_and_modes(None)[0] is False
