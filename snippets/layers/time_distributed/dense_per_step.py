import numpy as np
import tensorflow as tf
from tensorflow.keras.layers import Dense, TimeDistributed

np.random.seed(0)
tf.random.set_seed(0)

x = np.random.rand(2, 3, 4).astype("float32")  # (batch, steps, feat.)
per_step = TimeDistributed(Dense(5))
y = per_step(x).numpy()
print(x.shape, "->", y.shape)
#> (2, 3, 4) -> (2, 3, 5)
assert y.shape == (2, 3, 5)

dense = per_step.layer  # the one wrapped Dense, shared by all steps
for t in range(3):
    assert np.allclose(y[:, t], dense(x[:, t]).numpy(), atol=1e-6)
print([w.shape for w in per_step.get_weights()])  # one kernel, one bias
#> [(4, 5), (5,)]
assert len(per_step.weights) == 2
# Dense alone also works on the last axis: the same numbers
assert np.allclose(y, dense(x).numpy(), atol=1e-6)
