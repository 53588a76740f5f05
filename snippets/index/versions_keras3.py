# Keras 3: tf.keras is now the separate, multi-backend keras package
import keras
import tensorflow as tf

print(tf.__version__)  # the TensorFlow of the Keras 3 run
#> 2.21.0
print(tf.keras.__version__)  # Keras 3, a package of its own
#> 3.15.1
assert tf.keras.__version__ == keras.__version__
assert tf.keras.__version__.startswith("3.")

# tf.keras is the keras package, not a part of tensorflow any more
print(tf.keras.layers.Dense.__module__)
#> keras.src.layers.core.dense
assert tf.keras.layers.Dense is keras.layers.Dense
assert tf.keras.layers.Dense.__module__.startswith("keras.")
# Keras 3 runs on a backend it chooses at import: TensorFlow here
print(keras.config.backend())
#> tensorflow
assert keras.config.backend() == "tensorflow"
assert tf.keras.backend.backend() == "tensorflow"
