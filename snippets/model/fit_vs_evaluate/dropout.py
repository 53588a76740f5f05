import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
np.random.seed(0)
x = np.random.uniform(-1, 1, (64, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)

model = tf.keras.Sequential(
    [
        tf.keras.layers.Dropout(0.5, input_shape=(4,)),
        tf.keras.layers.Dense(1, kernel_initializer="ones"),
    ]
)
# learning rate 0: the weights never move, only dropout differs
model.compile(optimizer=tf.keras.optimizers.SGD(0.0), loss="mse")
history = model.fit(x, y, batch_size=64, verbose=0)
fit_loss = history.history["loss"][0]
eval_loss = model.evaluate(x, y, verbose=0)
# evaluate() runs the Dropout layer in inference mode: no units dropped
print(round(eval_loss, 4))
#> 0.0
assert np.isclose(eval_loss, 0.0, atol=1e-6)  # Dense is exact here
# fit() dropped half of the inputs (which ones is random)
print(fit_loss > 0.1)
#> True
assert fit_loss > 0.1
predictions = model.predict(x, verbose=0)
assert np.allclose(predictions, y, atol=1e-5)  # predict() as evaluate()
