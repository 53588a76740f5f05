import numpy as np
import tensorflow as tf

plain = tf.keras.losses.BinaryCrossentropy(reduction="none")
smooth = tf.keras.losses.BinaryCrossentropy(
    label_smoothing=0.1, reduction="none"
)
p = np.array([[0.9], [0.95], [0.999]], dtype="float32")  # predictions
y_true = np.ones_like(p)  # the true label is 1 each time
print(np.round(plain(y_true, p).numpy(), 4))
#> [0.1054 0.0513 0.001 ]
print(np.round(smooth(y_true, p).numpy(), 4))
#> [0.2152 0.1985 0.3463]
at_90, at_95, at_999 = smooth(y_true, p).numpy()
assert at_999 > at_95  # near-certainty now costs more

# where is each loss smallest? scan predictions from 0.5 to 0.999
grid = np.linspace(0.5, 0.999, 500, dtype="float32")[:, None]
ones = np.ones_like(grid)
best_plain = grid[np.argmin(plain(ones, grid)), 0]
best_smooth = grid[np.argmin(smooth(ones, grid)), 0]
print(round(float(best_plain), 3), round(float(best_smooth), 3))
#> 0.999 0.95
assert best_plain == grid.max()  # plain: the closer to 1, the better
assert abs(best_smooth - (1 - 0.1 / 2)) < 0.002  # smoothing: at 0.95
