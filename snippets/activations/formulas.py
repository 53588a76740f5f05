import math

import numpy as np
import tensorflow as tf

x = tf.constant([-3.0, -1.0, 0.0, 0.5, 2.0])
v = x.numpy()  # the same values for the NumPy formulas
sigmoid = 1 / (1 + np.exp(-v))
erf = np.vectorize(math.erf)
alpha, scale = 1.6732632423543772, 1.0507009873554805  # SELU constants

expected = {
    "elu": np.where(v > 0, v, np.exp(v) - 1),
    "exponential": np.exp(v),
    "gelu": 0.5 * v * (1 + erf(v / np.sqrt(2))),
    "linear": v,
    "relu": np.maximum(v, 0),
    "selu": scale * np.where(v > 0, v, alpha * (np.exp(v) - 1)),
    "sigmoid": sigmoid,
    "softplus": np.log(np.exp(v) + 1),
    "softsign": v / (np.abs(v) + 1),
    "swish": v * sigmoid,
    "tanh": np.tanh(v),
}
for name, want in expected.items():
    function = getattr(tf.keras.activations, name)
    if name == "gelu":  # the exact form, not the tanh approximation
        got = function(x, approximate=False)
    else:
        got = function(x)
    assert np.allclose(got, want, atol=1e-5), name
    print(f"{name:12}", np.round(got, 3))
    #> elu          [-0.95  -0.632  0.     0.5    2.   ]
    #> exponential  [0.05  0.368 1.    1.649 7.389]
    #> gelu         [-0.004 -0.159  0.     0.346  1.954]
    #> linear       [-3.  -1.   0.   0.5  2. ]
    #> relu         [0.  0.  0.  0.5 2. ]
    #> selu         [-1.671 -1.111  0.     0.525  2.101]
    #> sigmoid      [0.047 0.269 0.5   0.622 0.881]
    #> softplus     [0.049 0.313 0.693 0.974 2.127]
    #> softsign     [-0.75  -0.5    0.     0.333  0.667]
    #> swish        [-0.142 -0.269  0.     0.311  1.762]
    #> tanh         [-0.995 -0.762  0.     0.462  0.964]

# approximate=True: the tanh form of gelu
approx = tf.keras.activations.gelu(x, approximate=True)
inner = np.sqrt(2 / np.pi) * (v + 0.044715 * v**3)
assert np.allclose(approx, 0.5 * v * (1 + np.tanh(inner)), atol=1e-5)
