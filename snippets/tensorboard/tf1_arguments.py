# Raises ValueError on purpose: unknown keyword arguments are refused
import tensorflow as tf

# the TF 1 arguments are accepted, then ignored (not stored)
tf1_arguments = {
    "batch_size": 32,
    "write_grads": True,
    "embeddings_layer_names": ["embedding"],
    "embeddings_data": [[0, 1]],
}
callback = tf.keras.callbacks.TensorBoard("logs", **tf1_arguments)
print([hasattr(callback, name) for name in tf1_arguments])
#> [False, False, False, False]
assert not any(hasattr(callback, name) for name in tf1_arguments)

# any other unknown keyword is an error
tf.keras.callbacks.TensorBoard(log_dir="logs", histograms=1)
#> ValueError: Unrecognized arguments in `TensorBoard` Callback:
#> {'histograms'}
