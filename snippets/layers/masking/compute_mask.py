import numpy as np
from tensorflow.keras.layers import Masking

x = np.array(
    [
        [[1.0, 2.0], [0.0, 0.0], [3.0, 4.0]],
        [[0.0, 1.0], [5.0, 6.0], [0.0, 0.0]],
    ]
)  # (batch=2, timesteps=3, features=2)
masking = Masking(mask_value=0.0)
mask = masking.compute_mask(x)
print(mask.numpy())
#> [[ True False  True]
#>  [ True  True False]]
assert mask.shape == (2, 3) and mask.numpy().dtype == bool
# a timestep is masked only when ALL its features equal mask_value
assert (mask.numpy() == (x != 0.0).any(axis=-1)).all()
out = masking(x).numpy()
print(out[1])  # masked timesteps come out as zeros
#> [[0. 1.]
#>  [5. 6.]
#>  [0. 0.]]
assert (out[~mask.numpy()] == 0).all()
assert (out[mask.numpy()] == x[mask.numpy()]).all()

# any mask_value: its masked timesteps also come out as zeros
other = Masking(mask_value=-1.0)
y = np.array([[[-1.0, -1.0], [-1.0, 2.0]]])
assert other.compute_mask(y).numpy().tolist() == [[False, True]]
assert (other(y).numpy()[0, 0] == 0).all()
