# Keras 3: the property keeps what compile() got; the switch still wins
import numpy as np
import tensorflow as tf

modes = []  # tf.executing_eagerly() each time the loss's Python runs


def recording_mse(y_true, y_pred):
    modes.append(tf.executing_eagerly())
    return tf.reduce_mean(tf.square(y_true - y_pred))


model = tf.keras.Sequential(
    [tf.keras.Input((1,)), tf.keras.layers.Dense(1)]
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
#> {None: (None, [True, True]), False: (False, [True, True])}
print(run_eagerly_and_modes(None))  # without the switch
#> (None, [False])
assert under_switch[None] == (None, [True, True])  # None stays None
assert under_switch[False] == (False, [True, True])  # the switch wins
assert run_eagerly_and_modes(False) == (False, [False])  # traced

# jit_compile="auto" (the default) is off with run_eagerly=True
model.compile(optimizer="sgd", loss="mse", run_eagerly=True)
assert model.jit_compile is False
if not tf.config.list_physical_devices("GPU"):  # and on a CPU only
    model.compile(optimizer="sgd", loss="mse")
    assert model.jit_compile is False
