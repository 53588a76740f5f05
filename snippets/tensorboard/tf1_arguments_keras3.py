# Keras 3: no **kwargs; the TF 1 arguments are refused like any other
# Raises TypeError on purpose: Keras 3 no longer accepts batch_size
import inspect

import tensorflow as tf

args = inspect.signature(tf.keras.callbacks.TensorBoard).parameters
print(list(args))
#> ['log_dir', 'histogram_freq', 'write_graph', 'write_images',
#> 'write_steps_per_second', 'update_freq', 'profile_batch',
#> 'embeddings_freq', 'embeddings_metadata']
tf1_arguments = [
    "batch_size",
    "write_grads",
    "embeddings_layer_names",
    "embeddings_data",
]
assert "kwargs" not in args and not set(tf1_arguments) & set(args)

tf.keras.callbacks.TensorBoard(log_dir="logs", batch_size=32)
#> TypeError: TensorBoard.__init__() got an unexpected keyword argument
#> 'batch_size'
