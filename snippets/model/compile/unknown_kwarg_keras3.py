# Keras 3: compile() has no **kwargs; an unknown name is a TypeError
# Raises TypeError on purpose: compile() has no learning-rate argument.
import tensorflow as tf

model = tf.keras.Sequential(
    [tf.keras.Input((1,)), tf.keras.layers.Dense(1)]
)
model.compile(optimizer="sgd", loss="mse", lr=0.1)
#> TypeError: Trainer.compile() got an unexpected keyword argument 'lr'
