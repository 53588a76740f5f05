# Raises TypeError on purpose: a misspelled argument is not ignored.
import tensorflow as tf

names = ["Adadelta", "Adagrad", "Adam", "Adamax"]
names += ["Ftrl", "Nadam", "RMSprop", "SGD"]
extras = ["clipnorm", "clipvalue", "global_clipnorm", "decay", "lr"]
for name in names:
    optimizer_class = getattr(tf.keras.optimizers, name)
    default_name = optimizer_class().get_config()["name"]
    print(name, default_name)  # by default, the name of the class
    #> Adadelta Adadelta
    #> Adagrad Adagrad
    #> Adam Adam
    #> Adamax Adamax
    #> Ftrl Ftrl
    #> Nadam Nadam
    #> RMSprop RMSprop
    #> SGD SGD
    assert default_name == name
    for extra in extras:
        optimizer_class(**{extra: 0.5})  # all accepted
    as_tensor = optimizer_class(learning_rate=tf.constant(0.5))
    assert float(as_tensor.learning_rate) == 0.5  # a tensor works
    refused = False
    try:
        optimizer_class(momentun=0.9)
    except TypeError:
        refused = True
    assert refused  # every optimizer refuses an unknown keyword

old_name = tf.keras.optimizers.SGD(lr=0.5)  # lr: old learning_rate
print(float(old_name.learning_rate))
#> 0.5
assert float(old_name.learning_rate) == 0.5

tf.keras.optimizers.SGD(momentun=0.9)  # typo of momentum
#> TypeError: Unexpected keyword argument passed to optimizer: momentun
