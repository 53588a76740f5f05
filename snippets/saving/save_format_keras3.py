# Keras 3: the extension alone decides; save_format is deprecated
# Raises ValueError on purpose: a name without .keras or .h5 is refused
import unittest
import zipfile

import h5py
import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [tf.keras.Input(shape=(2,)), tf.keras.layers.Dense(1)]
)
model.compile(loss="mean_squared_error", optimizer="adam")
model.fit(np.ones((4, 2)), np.ones((4, 1)), verbose=0)

# include_optimizer=False only works for HDF5: .keras keeps it anyway
model.save("no_opt.keras", include_optimizer=False)
model.save("no_opt.h5", include_optimizer=False)
kept = tf.keras.models.load_model("no_opt.keras").optimizer
print(type(kept).__name__, int(kept.iterations))
#> Adam 1
assert int(kept.iterations) == 1
assert not hasattr(tf.keras.models.load_model("no_opt.h5"), "optimizer")

# .h5 and .hdf5 still mean HDF5; .keras is now a zip archive
for name in ["model.h5", "model.hdf5", "model.keras"]:
    model.save(name)
    print(name, h5py.is_hdf5(name), zipfile.is_zipfile(name))
    #> model.h5 True False
    #> model.hdf5 True False
    #> model.keras False True
assert h5py.is_hdf5("model.h5") and h5py.is_hdf5("model.hdf5")
assert zipfile.is_zipfile("model.keras")
# Keras 3.15 bug: saving .h5 dropped the optimizer from the model's
# compile config, so the .keras file saved after it loads with RMSprop
lost = tf.keras.models.load_model("model.keras").optimizer
print(type(lost).__name__, int(lost.iterations))
#> RMSprop 0
assert type(lost).__name__ == "RMSprop"
assert int(lost.iterations) == 0  # and a fresh state
assert "optimizer" not in model.get_compile_config()

# save_format is ignored where the name decides: a warning is logged
with unittest.TestCase().assertLogs("absl", "WARNING") as logged:
    model.save("other.h5", save_format="tf")
    model.save("other.hdf5", save_format="keras")
    model.save("other.keras", save_format="h5")
print(h5py.is_hdf5("other.h5"), zipfile.is_zipfile("other.keras"))
#> True True
assert h5py.is_hdf5("other.h5") and h5py.is_hdf5("other.hdf5")
assert zipfile.is_zipfile("other.keras")
deprecated = [m for m in logged.output if "save_format` arg" in m]
assert len(deprecated) == 3

# any other keyword argument is refused
try:
    model.save("model.keras", optimizer=False)
    refused = ""
except ValueError as error:
    refused = str(error)
print(refused)
#> The following argument(s) are not supported: ['optimizer']
assert "not supported: ['optimizer']" in refused

# any other name is an error, save_format="h5" or not
model.save("model_file", save_format="h5")
#> ValueError: The `save_format` argument is deprecated in Keras 3.
#> Please remove this argument and pass a file path with either `.keras`
#> or `.h5` extension.Received: save_format=h5
