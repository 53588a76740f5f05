# Keras 3: multi-backend again; KERAS_BACKEND picks JAX, TF or PyTorch
import importlib.resources

import keras
import tensorflow as tf

# tf.keras is Keras 3, and it reports the backend it runs on
print(keras.config.backend(), tf.keras.backend.backend())
#> tensorflow tensorflow
assert keras.config.backend() == "tensorflow"
assert tf.keras.backend.backend() == keras.config.backend()
assert tf.keras.Model is keras.Model  # tf.keras is the keras package
# keras.ops work on any backend; on TensorFlow they give TF tensors
total = keras.ops.sum(keras.ops.ones((2, 3)))
print(type(total).__name__, float(total))
#> EagerTensor 6.0
assert tf.is_tensor(total) and float(total) == 6.0
# switching at run time is in keras.config (tf.keras.backend has none)
print(hasattr(keras.config, "set_backend"))
#> True
print(hasattr(tf.keras.backend, "set_backend"))
#> False
assert hasattr(keras.config, "set_backend")
assert not hasattr(tf.keras.backend, "set_backend")
# Keras 3 also ships NumPy and OpenVINO backends, which cannot train
backends = importlib.resources.files("keras.src.backend")
names = [p.name for p in backends.iterdir() if (p / "core.py").exists()]
print(sorted(names))
#> ['jax', 'numpy', 'openvino', 'tensorflow', 'torch']
assert {"jax", "tensorflow", "torch", "numpy", "openvino"} <= set(names)
for backend in ["numpy", "openvino"]:
    source = (backends / backend / "trainer.py").read_text()
    fit = source[source.index("def fit(") :].split("def ")[1]
    assert "raise NotImplementedError" in fit, backend
