# Keras 3: multi-backend again; KERAS_BACKEND picks JAX, TF or PyTorch
import keras
import tensorflow as tf

# tf.keras is Keras 3, and it reports the backend it runs on
print(keras.config.backend(), tf.keras.backend.backend())
#> tensorflow tensorflow
assert keras.config.backend() == "tensorflow"
assert tf.keras.backend.backend() == keras.config.backend()
# keras.ops work on any backend; on TensorFlow they give TF tensors
total = keras.ops.sum(keras.ops.ones((2, 3)))
print(type(total).__name__, float(total))
#> EagerTensor 6.0
assert tf.is_tensor(total) and float(total) == 6.0
# switching at run time is in keras.config (tf.keras.backend has none)
print(hasattr(keras.config, "set_backend"))
#> True
print(hasattr(tf.keras.backend, "set_backend"))
#> False
assert hasattr(keras.config, "set_backend")
assert not hasattr(tf.keras.backend, "set_backend")
