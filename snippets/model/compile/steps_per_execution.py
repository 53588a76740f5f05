import numpy as np
import tensorflow as tf


class CountCalls(tf.keras.callbacks.Callback):
    def on_train_batch_end(self, batch, logs=None):
        self.calls.append(batch)


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
x = np.zeros((8, 1), "float32")  # 4 batches of 2
for steps in (1, 2):  # 1: one batch per call, the default
    model.compile(
        optimizer="sgd", loss="mse", steps_per_execution=steps
    )
    counter = CountCalls()
    counter.calls = []
    model.fit(x, x, batch_size=2, callbacks=[counter], verbose=0)
    print(steps, counter.calls)
    #> 1 [0, 1, 2, 3]
    #> 2 [1, 3]
    assert len(counter.calls) == 4 // steps  # once per call
