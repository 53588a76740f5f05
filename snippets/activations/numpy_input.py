# Raises AttributeError on purpose: TF 2.4's softmax wants a tensor.
import numpy as np
import tensorflow as tf

logits = np.array([[1.0, 2.0, 3.0]], dtype="float32")
wrapped = tf.keras.activations.softmax(tf.constant(logits))
print(wrapped.shape)  # wrapped in a tensor, it works everywhere
#> (1, 3)
assert np.allclose(np.sum(wrapped), 1.0)
same = tf.keras.activations.linear(logits)
print(type(same).__name__)  # linear hands back what it got
#> ndarray
assert same is logits
# a layer turns its input into a tensor before calling the function
assert tf.is_tensor(tf.keras.layers.Activation("softmax")(logits))
tf.keras.activations.softmax(logits)  # a NumPy array has no .shape.rank
#> AttributeError: 'tuple' object has no attribute 'rank'
