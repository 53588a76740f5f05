# Changes process state on purpose: importing Theano sets
# np.seterr(all="ignore") and THEANO_FLAGS stays set.
import os

# Use Theano's pure-Python implementation (cxx=) instead of compiling
# C++ on first use, and keep its cache folder in the working directory.
os.environ["THEANO_FLAGS"] = "cxx=,base_compiledir=theano_cache"

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import theano.tensor as Th  # noqa: E402

# shape (batch, time, features) = (1, 3, 2), as in the notes' loss
y_pred = tf.constant([[[0.2, 0.8], [0.6, 0.4], [0.5, 0.5]]])
skill = tf.constant([[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]])

# the notes' line: Th.sum() builds a symbolic expression, not numbers
summed = Th.sum(
    (y_pred * skill).numpy(),
    axis=2,
    acc_dtype="float32",
    dtype="float32",
)
print(type(summed).__name__, summed)
#> TensorVariable Sum{axis=[2], acc_dtype=float32}.0
as_array = np.array(summed)
print(as_array.shape, as_array.dtype)
#> () object
assert as_array.shape == () and as_array.dtype == object
assert isinstance(summed, Th.TensorVariable)
# its input is the NumPy array, wrapped as a graph constant
print(type(summed.owner.inputs[0]).__name__)
#> TensorConstant
assert isinstance(summed.owner.inputs[0], Th.TensorConstant)

# working forms: evaluate the expression, or sum with NumPy or TF
with_theano = summed.eval()
with_numpy = np.sum((y_pred * skill).numpy(), axis=2, dtype="float32")
with_tf = tf.reduce_sum(y_pred * skill, axis=2).numpy()
print(np.round(with_theano, 4), with_theano.dtype)
#> [[1.8 3.4 5.5]] float32
print(np.round(with_numpy, 4), np.round(with_tf, 4))
#> [[1.8 3.4 5.5]] [[1.8 3.4 5.5]]
assert np.allclose(with_theano, with_numpy)
assert np.allclose(with_tf, with_numpy)
assert (
    with_theano.dtype == with_numpy.dtype == with_tf.dtype == "float32"
)
