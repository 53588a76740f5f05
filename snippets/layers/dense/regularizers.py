import numpy as np
import tensorflow as tf

np.random.seed(0)

x = np.random.randn(4, 3).astype("float32")
y = np.zeros((4, 2), dtype="float32")
layer = tf.keras.layers.Dense(
    2,
    kernel_regularizer=tf.keras.regularizers.l2(0.1),
    activity_regularizer=tf.keras.regularizers.l1(0.01),
)
layer.build((None, 3))
kernel = np.random.randn(3, 2).astype("float32")
bias = np.zeros(2, dtype="float32")
layer.set_weights([kernel, bias])  # fixed weights, to compare
out = layer(x).numpy()
assert np.allclose(out, x @ kernel + bias, atol=1e-6)  # unchanged

layer(x)  # a second call: the penalties are computed again, not added
penalties = [float(p) for p in layer.losses]  # collected by the layer
assert len(penalties) == 2
print(np.round(sorted(penalties), 4))
#> [0.0216 0.3177]
l2_kernel = 0.1 * (kernel**2).sum()
# the activity penalty is averaged over the batch
l1_output = 0.01 * np.abs(out).sum() / len(x)
assert np.allclose(sorted(penalties), sorted([l2_kernel, l1_output]))

model = tf.keras.Sequential([layer])
model.compile(loss="mse")
loss = model.evaluate(x, y, verbose=0)  # the loss includes both
mse = ((out - y) ** 2).mean()
print(round(loss, 4), round(mse + sum(penalties), 4))
#> 2.598 2.598
assert np.isclose(loss, mse + sum(penalties))
