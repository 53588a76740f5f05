# Raises ValueError on purpose: unknown keyword arguments are refused
import tensorflow as tf

# a TF 1 argument is accepted, then ignored (not stored)
callback = tf.keras.callbacks.TensorBoard(log_dir="logs", batch_size=32)
print(hasattr(callback, "batch_size"))
#> False
assert not hasattr(callback, "batch_size")

# any other unknown keyword is an error
tf.keras.callbacks.TensorBoard(log_dir="logs", histograms=1)
#> ValueError: Unrecognized arguments in `TensorBoard` Callback:
#> {'histograms'}
