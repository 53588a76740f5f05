import numpy as np
import tensorflow as tf

# two samples, three independent yes/no labels each (multi-label)
y_true = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]], dtype="float32")
y_pred = np.array([[0.9, 0.2, 0.6], [0.3, 0.8, 0.7]], dtype="float32")

loss = float(tf.keras.losses.BinaryCrossentropy()(y_true, y_pred))
print(round(loss, 4))
#> 0.296
# each output is its own binary problem: -[y log p + (1-y) log(1-p)],
# averaged over the labels, then over the batch
per_label = -(
    y_true * np.log(y_pred) + (1 - y_true) * np.log(1 - y_pred)
)
print(np.round(per_label, 4))
#> [[0.1054 0.2231 0.5108]
#>  [0.3567 0.2231 0.3567]]
assert np.isclose(loss, per_label.mean(axis=-1).mean())

# from_logits=True: pass raw scores, the loss applies the sigmoid
logits = np.log(y_pred / (1 - y_pred))  # sigmoid(logits) == y_pred
bce_logits = tf.keras.losses.BinaryCrossentropy(from_logits=True)
assert np.isclose(float(bce_logits(y_true, logits)), loss)
