import tensorflow as tf
from tensorflow.keras.layers import LSTM

lstm = LSTM(2)  # unit_forget_bias=True
lstm.build((None, 5, 3))
kernel, recurrent_kernel, bias = lstm.get_weights()
print(kernel.shape, recurrent_kernel.shape, bias.shape)  # 4 * units
#> (3, 8) (2, 8) (8,)
# the 4 gates side by side: input, forget, cell candidate, output
print(bias)
#> [0. 0. 1. 1. 0. 0. 0. 0.]
assert list(bias) == [0, 0, 1, 1, 0, 0, 0, 0]  # forget gate starts at 1

no_forget_bias = LSTM(2, unit_forget_bias=False)
no_forget_bias.build((None, 5, 3))
assert not no_forget_bias.get_weights()[2].any()  # all zeros

# the forget part is set to 1, the rest comes from bias_initializer
half = tf.keras.initializers.Constant(0.5)
lstm = LSTM(2, bias_initializer=half)
lstm.build((None, 5, 3))
print(lstm.get_weights()[2])
#> [0.5 0.5 1.  1.  0.5 0.5 0.5 0.5]
assert list(lstm.get_weights()[2]) == [0.5, 0.5, 1, 1] + [0.5] * 4

# a random initializer too: the forget part is still exactly 1
noisy = LSTM(
    2, bias_initializer=tf.keras.initializers.RandomNormal(seed=0)
)
noisy.build((None, 5, 3))
forget = noisy.get_weights()[2][2:4]
assert list(forget) == [1, 1] and noisy.get_weights()[2][0] != 0
