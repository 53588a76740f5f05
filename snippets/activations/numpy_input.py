# Raises AttributeError on purpose: TF 2.4's softmax wants a tensor.
import numpy as np
import tensorflow as tf

logits = np.array([[1.0, 2.0, 3.0]], dtype="float32")
print(tf.keras.activations.softmax(tf.constant(logits)).shape)
#> (1, 3)
same = tf.keras.activations.linear(logits)
print(type(same).__name__)  # linear hands back what it got
#> ndarray
assert same is logits
tf.keras.activations.softmax(logits)  # a NumPy array has no .shape.rank
#> AttributeError: 'tuple' object has no attribute 'rank'
