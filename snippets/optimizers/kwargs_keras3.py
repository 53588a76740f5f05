# Keras 3: clipping arguments are named; lr is gone, decay is ignored
# Raises ValueError on purpose: a misspelled argument is not ignored.
import warnings

import tensorflow as tf

name = tf.keras.optimizers.SGD().get_config()["name"]
print(name)  # name=None: the class name in snake_case
#> sgd
assert name == "sgd"

for clip in ["clipnorm", "clipvalue", "global_clipnorm"]:
    optimizer = tf.keras.optimizers.SGD(**{clip: 0.5})  # named now
    assert getattr(optimizer, clip) == 0.5

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    tf.keras.optimizers.SGD(decay=0.5)  # accepted, but does nothing
messages = [str(w.message) for w in caught]
print(messages[-1])
#> Argument `decay` is no longer supported and will be ignored.
assert any("decay" in m for m in messages)

rejected = False
try:
    tf.keras.optimizers.SGD(lr=0.5)  # the old name is refused
except ValueError as error:
    print(error)
    #> Argument(s) not recognized: {'lr': 0.5}
    rejected = True
assert rejected
sgd = tf.keras.optimizers.SGD(learning_rate=0.5)
print(float(sgd.learning_rate))
#> 0.5
assert float(sgd.learning_rate) == 0.5

tf.keras.optimizers.SGD(momentun=0.9)  # typo of momentum
#> ValueError: Argument(s) not recognized: {'momentun': 0.9}
