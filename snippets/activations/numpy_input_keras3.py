# Keras 3: softmax accepts a NumPy array and returns a tensor
import numpy as np
import tensorflow as tf

logits = np.array([[1.0, 2.0, 3.0]], dtype="float32")
wrapped = tf.keras.activations.softmax(tf.constant(logits))
print(wrapped.shape)  # wrapped in a tensor, it works everywhere
#> (1, 3)
assert np.allclose(np.sum(wrapped), 1.0)
same = tf.keras.activations.linear(logits)
print(type(same).__name__)  # linear still hands back what it got
#> ndarray
assert same is logits
# a layer turns its input into a tensor before calling the function
assert tf.is_tensor(tf.keras.layers.Activation("softmax")(logits))
probs = tf.keras.activations.softmax(logits)  # no error any more
print(tf.is_tensor(probs), np.round(probs.numpy(), 4))
#> True [[0.09   0.2447 0.6652]]
assert tf.is_tensor(probs)
expected = np.exp(logits) / np.exp(logits).sum(axis=-1, keepdims=True)
assert np.allclose(probs, expected)
