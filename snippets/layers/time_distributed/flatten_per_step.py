import numpy as np
from tensorflow.keras.layers import Flatten, TimeDistributed

x = np.zeros((2, 3, 4, 5), dtype="float32")  # (batch, steps, 4, 5)
print(Flatten()(x).shape)  # merges the steps too
#> (2, 60)
print(TimeDistributed(Flatten())(x).shape)  # flattens each step
#> (2, 3, 20)
assert Flatten()(x).shape == (2, 60)
assert TimeDistributed(Flatten())(x).shape == (2, 3, 20)
