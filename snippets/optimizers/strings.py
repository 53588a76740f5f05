import numpy as np
import tensorflow as tf

names = ["adadelta", "adagrad", "adam", "adamax"]
names += ["ftrl", "nadam", "rmsprop", "sgd"]
for name in names:
    optimizer = tf.keras.optimizers.get(name)  # the lookup compile uses
    print(f"{name:9}", type(optimizer).__name__)
    #> adadelta  Adadelta
    #> adagrad   Adagrad
    #> adam      Adam
    #> adamax    Adamax
    #> ftrl      Ftrl
    #> nadam     Nadam
    #> rmsprop   RMSprop
    #> sgd       SGD
    assert type(optimizer).__name__.lower() == name

model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(2,))]
)
model.compile(optimizer="rmsprop", loss="mse")
rate = float(model.optimizer.learning_rate)
print(type(model.optimizer).__name__, round(rate, 4))
#> RMSprop 0.001
assert isinstance(model.optimizer, tf.keras.optimizers.RMSprop)
assert np.isclose(rate, 0.001)  # a string means default arguments

# to change an argument, pass an instance instead of a string
model.compile(optimizer=tf.keras.optimizers.RMSprop(0.01), loss="mse")
rate = float(model.optimizer.learning_rate)
print(round(rate, 4))
#> 0.01
assert np.isclose(rate, 0.01)
