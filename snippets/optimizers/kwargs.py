# Raises TypeError on purpose: a misspelled argument is not ignored.
import tensorflow as tf

name = tf.keras.optimizers.SGD().get_config()["name"]
print(name)  # by default, the name of the class
#> SGD
assert name == "SGD"

extras = ["clipnorm", "clipvalue", "global_clipnorm", "decay", "lr"]
for extra in extras:
    tf.keras.optimizers.SGD(**{extra: 0.5})  # all accepted

old_name = tf.keras.optimizers.SGD(lr=0.5)  # lr: old learning_rate
print(float(old_name.learning_rate))
#> 0.5
assert float(old_name.learning_rate) == 0.5

tf.keras.optimizers.SGD(momentun=0.9)  # typo of momentum
#> TypeError: Unexpected keyword argument passed to optimizer: momentun
