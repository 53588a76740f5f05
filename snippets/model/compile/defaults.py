import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
model.compile(loss="mse")  # no optimizer given
print(type(model.optimizer).__name__)
#> RMSprop
print(round(float(model.optimizer.learning_rate), 4))
#> 0.001
assert isinstance(model.optimizer, tf.keras.optimizers.RMSprop)
assert np.isclose(float(model.optimizer.learning_rate), 0.001)

x = np.zeros((4, 1), "float32")
loss = model.evaluate(x, x, verbose=0)
print(loss)  # no metrics: just the loss
#> 0.0
assert isinstance(loss, float)
print(model.metrics_names)
#> ['loss']
assert model.metrics_names == ["loss"]
