# Raises TypeError on purpose: compile() has no learning-rate argument.
import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
calls = []  # the batch index each time a batch-level callback fires
count = tf.keras.callbacks.LambdaCallback(
    on_train_batch_end=lambda batch, logs: calls.append(batch)
)
model.compile(  # the earlier name of steps_per_execution: accepted
    optimizer="sgd", loss="mse", experimental_steps_per_execution=2
)
x = np.zeros((8, 1), "float32")  # 4 batches of 2
model.fit(x, x, batch_size=2, callbacks=[count], verbose=0)
assert calls == [1, 3]  # as steps_per_execution=2: once per 2 batches

model.compile(optimizer="sgd", loss="mse", lr=0.1)
#> TypeError: Invalid keyword argument(s) in `compile`: {'lr'}
