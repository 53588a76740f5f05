import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
np.random.seed(0)
x = np.random.uniform(-1, 1, (8, 2)).astype("float32")
y = np.zeros((8, 1), "float32")

dense = tf.keras.layers.Dense(
    1,
    kernel_initializer="ones",
    kernel_regularizer=tf.keras.regularizers.l1_l2(l1=0.05, l2=0.1),
    input_shape=(2,),
)
model = tf.keras.Sequential([dense])
model.compile(optimizer=tf.keras.optimizers.SGD(0.0), loss="mse")
history = model.fit(x, y, batch_size=8, verbose=0)
fit_loss = history.history["loss"][0]
eval_loss = model.evaluate(x, y, verbose=0)

mse = np.mean(x.sum(axis=1) ** 2)  # kernel of ones, zero bias
kernel = dense.kernel.numpy()  # ones
penalty = 0.05 * np.sum(np.abs(kernel)) + 0.1 * np.sum(kernel**2)
print(round(fit_loss, 4), round(eval_loss, 4))
#> 0.9902 0.9902
print(round(mse, 4), round(penalty, 4))
#> 0.6902 0.3

# the L1 and L2 penalties are part of BOTH numbers
assert np.isclose(fit_loss, mse + penalty, rtol=1e-5)
assert np.isclose(eval_loss, mse + penalty, rtol=1e-5)
