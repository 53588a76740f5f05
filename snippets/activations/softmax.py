import numpy as np
import tensorflow as tf

logits = tf.constant([[1.0, 2.0, 3.0], [-1.0, 0.0, 10.0]])
probs = tf.keras.activations.softmax(logits).numpy()  # axis=-1
print(np.round(probs, 4))
#> [[0.09   0.2447 0.6652]
#>  [0.     0.     0.9999]]
print(np.round(probs.sum(axis=-1), 4))
#> [1. 1.]

exp = np.exp(logits.numpy())
assert np.allclose(probs, exp / exp.sum(axis=-1, keepdims=True))
assert np.allclose(probs.sum(axis=-1), 1.0)  # each row sums to 1
assert (probs > 0).all()  # every class keeps some probability
assert probs[1, 2] > 0.999  # a far larger score takes almost all
