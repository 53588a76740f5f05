import numpy as np
import tensorflow as tf

inputs = tf.keras.Input((1,))
ones = tf.keras.initializers.Ones()
a = tf.keras.layers.Dense(1, kernel_initializer=ones, name="a")(inputs)
b = tf.keras.layers.Dense(1, kernel_initializer=ones, name="b")(inputs)
model = tf.keras.Model(inputs, [a, b])
model.compile(
    optimizer="sgd", loss=["mse", "mse"], loss_weights=[1.0, 0.5]
)

x = np.ones((4, 1), "float32")  # both outputs predict 1
# targets 0 and 3: a loss of 1 for output a, of 4 for output b
total, loss_a, loss_b = model.evaluate(x, [x * 0, x * 3], verbose=0)
print(model.metrics_names)
#> ['loss', 'a_loss', 'b_loss']
print(total, loss_a, loss_b)
#> 3.0 1.0 4.0
assert (loss_a, loss_b) == (1.0, 4.0)
assert total == 1.0 * loss_a + 0.5 * loss_b  # the weighted sum
