# Keras 3: hard_sigmoid is relu6(x + 3) / 6; TF 2.4's drawn from NumPy
import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

x = np.linspace(-5, 5, 41, dtype="float32")  # steps of 0.25
keras3 = tf.keras.activations.hard_sigmoid(tf.constant(x)).numpy()
relu6 = tf.keras.activations.relu6(tf.constant(x + 3)).numpy()
assert np.allclose(keras3, relu6 / 6)  # Keras 3's own definition
assert np.allclose(keras3, np.clip(x + 3, 0, 6) / 6)
tf24 = np.clip(0.2 * x + 0.5, 0, 1)  # TF 2.4's 0.2 * x + 0.5, clipped
sigmoid = tf.keras.activations.sigmoid(tf.constant(x)).numpy()

gap = np.abs(tf24 - keras3)
widest = x[np.isclose(gap, gap.max())]
print(f"largest gap {gap.max():.4f} at x = {widest}")
#> largest gap 0.0833 at x = [-2.5  2.5]
assert np.isclose(gap.max(), 2.5 / 30)  # 0.2x - x/6 = x/30 at 2.5
assert (gap[np.abs(x) >= 3] == 0).all() and gap[x == 0] == 0
# every other value between -3 and 3 differs
assert (gap[(np.abs(x) < 3) & (x != 0)] > 0).all()
# both stay within 0.1 of the sigmoid
assert np.abs(tf24 - sigmoid).max() < 0.1
assert np.abs(keras3 - sigmoid).max() < 0.1

fig, ax = plt.subplots()
ax.plot(x, tf24, label="TF 2.4: 0.2x + 0.5, clipped (NumPy)")
ax.plot(x, keras3, "--", label="Keras 3: hard_sigmoid (this library)")
ax.plot(x, sigmoid, ":", label="sigmoid, for comparison")
ax.set(xlabel="x", ylabel="hard_sigmoid(x)")
ax.set_title("hard_sigmoid in TF 2.4 and in Keras 3")
ax.legend()
