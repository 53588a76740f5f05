import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
np.random.seed(0)
x = np.random.uniform(-1, 1, (8, 2)).astype("float32")
y = np.zeros((8, 1), "float32")

dense = tf.keras.layers.Dense(
    1,
    kernel_initializer="ones",
    kernel_regularizer=tf.keras.regularizers.l2(0.1),
    input_shape=(2,),
)
model = tf.keras.Sequential([dense])
model.compile(optimizer=tf.keras.optimizers.SGD(0.0), loss="mse")
history = model.fit(x, y, batch_size=8, verbose=0)
fit_loss = history.history["loss"][0]
eval_loss = model.evaluate(x, y, verbose=0)

mse = np.mean(x.sum(axis=1) ** 2)  # kernel of ones, zero bias
penalty = 0.1 * np.sum(dense.kernel.numpy() ** 2)  # 0.1 * (1 + 1)
print(round(fit_loss, 4), round(eval_loss, 4))
#> 0.8902 0.8902
print(round(mse, 4), round(penalty, 4))
#> 0.6902 0.2

# the L2 penalty is part of BOTH numbers in TF 2.4
assert np.isclose(fit_loss, mse + penalty, rtol=1e-5)
assert np.isclose(eval_loss, mse + penalty, rtol=1e-5)
