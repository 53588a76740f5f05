# Raises ModuleNotFoundError on purpose: `tf` is only an alias.
from tf.keras.layers import Dense  # noqa: F401
#> ModuleNotFoundError: No module named 'tf'
