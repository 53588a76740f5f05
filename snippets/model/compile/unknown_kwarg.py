# Raises TypeError on purpose: compile() has no learning-rate argument.
import tensorflow as tf

model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
model.compile(optimizer="sgd", loss="mse", lr=0.1)
#> TypeError: Invalid keyword argument(s) in `compile`: {'lr'}
