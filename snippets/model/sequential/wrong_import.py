# Raises ModuleNotFoundError on purpose: `tf` is only a local alias.
import tensorflow as tf  # noqa: F401
from tf.keras import Sequential  # noqa: F401
#> ModuleNotFoundError: No module named 'tf'
