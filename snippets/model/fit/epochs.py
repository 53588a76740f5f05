import numpy as np
import tensorflow as tf


class CountBatches(tf.keras.callbacks.Callback):
    def on_train_batch_end(self, batch, logs=None):
        self.count = getattr(self, "count", 0) + 1


model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
model.compile(optimizer="sgd", loss="mse")
x = np.zeros((10, 1), "float32")
counter = CountBatches()
history = model.fit(
    x, x, batch_size=5, epochs=3, callbacks=[counter], verbose=0
)
print(history.epoch, counter.count)  # 3 epochs x 2 batches
#> [0, 1, 2] 6
assert history.epoch == [0, 1, 2] and counter.count == 6
assert isinstance(history, tf.keras.callbacks.History)
assert model.optimizer.iterations.numpy() == 6  # a step per batch

# epochs is the index to stop at, not how many to run
history = model.fit(
    x, x, batch_size=5, epochs=3, initial_epoch=2, verbose=0
)
print(history.epoch)
#> [2]
assert history.epoch == [2]
