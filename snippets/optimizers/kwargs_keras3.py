# Keras 3: clipping arguments are named; lr is gone, decay is ignored
# Raises ValueError on purpose: a misspelled argument is not ignored.
import warnings

import numpy as np
import tensorflow as tf


def refuses(optimizer_class, **arguments):  # raises ValueError?
    try:
        optimizer_class(**arguments)
    except ValueError:
        return True
    return False


names = ["Adadelta", "Adagrad", "Adam", "Adamax"]
names += ["Ftrl", "Nadam", "RMSprop", "SGD"]
for name in names:
    optimizer_class = getattr(tf.keras.optimizers, name)
    default_name = optimizer_class().get_config()["name"]
    print(name, default_name)  # name=None: the class name, snake_case
    #> Adadelta adadelta
    #> Adagrad adagrad
    #> Adam adam
    #> Adamax adamax
    #> Ftrl ftrl
    #> Nadam nadam
    #> RMSprop rm_sprop
    #> SGD sgd
    for clip in ["clipnorm", "clipvalue", "global_clipnorm"]:
        optimizer = optimizer_class(**{clip: 0.5})  # named now
        assert getattr(optimizer, clip) == 0.5
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        optimizer_class(decay=0.5)  # accepted, but does nothing
    assert any("decay" in str(w.message) for w in caught)
    assert refuses(optimizer_class, lr=0.5)  # the old name
    assert refuses(optimizer_class, momentun=0.9)  # a typo
    assert refuses(optimizer_class, learning_rate=tf.constant(0.5))
    assert refuses(optimizer_class, clipnorm=1.0, clipvalue=1.0)
    assert refuses(optimizer_class, gradient_accumulation_steps=1)
print(caught[-1].message)
#> Argument `decay` is no longer supported and will be ignored.

# weight_decay: each step also takes learning_rate * weight_decay * w
sgd = tf.keras.optimizers.SGD(learning_rate=0.5, weight_decay=0.1)
w = tf.Variable([1.0, -2.0])
sgd.apply_gradients([(tf.zeros(2), w)])  # a zero gradient
print(w.numpy())
#> [ 0.95 -1.9 ]
assert float(sgd.learning_rate) == 0.5
assert np.allclose(w.numpy(), np.array([1.0, -2.0]) * (1 - 0.5 * 0.1))

tf.keras.optimizers.SGD(momentun=0.9)  # typo of momentum
#> ValueError: Argument(s) not recognized: {'momentun': 0.9}
