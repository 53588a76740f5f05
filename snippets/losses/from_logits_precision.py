import numpy as np
import tensorflow as tf

logits = np.array([[100.0, 0.0, -100.0]], dtype="float32")
labels = np.array([2])  # the true class got a very low score
probs = tf.nn.softmax(logits)  # rounds to [1, 0, 0] in float32
print(probs.numpy())
#> [[1. 0. 0.]]

on_probs = tf.keras.losses.SparseCategoricalCrossentropy()
on_logits = tf.keras.losses.SparseCategoricalCrossentropy(
    from_logits=True
)
a = float(on_probs(labels, probs))
b = float(on_logits(labels, logits))  # computed from the scores
print(round(a, 4), round(b, 4))
#> 16.1181 200.0
exact = np.logaddexp.reduce(logits[0]) - logits[0, 2]  # -log softmax
assert np.isclose(b, exact)  # 200: the real size of the error
assert np.isclose(a, -np.log(1e-7), rtol=1e-4)  # 0 clipped to 1e-7
assert float(probs[0, 2]) == 0.0  # exp(-200) underflowed to 0
