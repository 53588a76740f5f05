import numpy as np
import tensorflow as tf


class CountCalls(tf.keras.callbacks.Callback):
    def on_train_batch_end(self, batch, logs=None):
        self.calls.append(batch)


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
x = np.zeros((8, 1), "float32")  # 4 batches of 2
for steps in (None, 2):  # None: not given, the default
    given = {"steps_per_execution": steps} if steps else {}
    model.compile(optimizer="sgd", loss="mse", **given)
    counter = CountCalls()
    counter.calls = []
    model.fit(x, x, batch_size=2, callbacks=[counter], verbose=0)
    print(steps, counter.calls)
    #> None [0, 1, 2, 3]
    #> 2 [1, 3]
    assert len(counter.calls) == 4 // (steps or 1)  # once per call
