import numpy as np
import tensorflow as tf


class CountValidationBatches(tf.keras.callbacks.Callback):
    def on_test_batch_end(self, batch, logs=None):
        self.count += 1


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
model.compile(optimizer="sgd", loss="mse")
x = np.zeros((8, 1), "float32")
x_val = np.ones((10, 1), "float32")  # 10 validation samples
counter = CountValidationBatches()

for val_batch_size, steps, batches in [
    (4, None, 3),  # batches of 4, 4 and 2
    (4, 1, 1),  # stop after the first batch
    (None, None, 2),  # the training batch_size: 5 and 5
]:
    counter.count = 0
    history = model.fit(
        x,
        x,
        batch_size=5,
        epochs=4,
        validation_data=(x_val, x_val),
        validation_freq=2,  # validate after epochs 2 and 4 only
        validation_batch_size=val_batch_size,
        validation_steps=steps,
        callbacks=[counter],
        verbose=0,
    )
    print(len(history.history["val_loss"]), counter.count)
    #> 2 6
    #> 2 2
    #> 2 4
    assert len(history.history["val_loss"]) == 2
    assert counter.count == 2 * batches
