import numpy as np
import tensorflow as tf

logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], dtype="float32")
probs = tf.nn.softmax(logits).numpy()
labels = np.array([0, 2])  # integer class ids
one_hot = tf.keras.utils.to_categorical(labels, num_classes=3)
print(one_hot)
#> [[1. 0. 0.]
#>  [0. 0. 1.]]

cce = tf.keras.losses.CategoricalCrossentropy()  # one-hot targets
scce = tf.keras.losses.SparseCategoricalCrossentropy()  # integers
a = float(cce(one_hot, probs))
b = float(scce(labels, probs))
print(round(a, 4), round(b, 4))
#> 1.4185 1.4185
expected = -np.log(probs[np.arange(2), labels]).mean()
assert np.isclose(a, expected) and np.isclose(b, expected)

# from_logits=True: give raw scores, the loss applies softmax itself
c = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
d = tf.keras.losses.CategoricalCrossentropy(from_logits=True)
print(round(float(c(labels, logits)), 4))
#> 1.4185
assert np.isclose(float(c(labels, logits)), expected)
assert np.isclose(float(d(one_hot, logits)), expected)
