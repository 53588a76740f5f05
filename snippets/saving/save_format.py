import os

import h5py
import numpy as np
import tensorflow as tf

model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(2,))]
)
weights = model.get_weights()

# save_format=None: the name decides. These extensions mean HDF5 in
# TF 2.4; any other name means a SavedModel folder ("tf").
for name in ["model.h5", "model.hdf5", "model.keras"]:
    model.save(name)
    print(name, h5py.is_hdf5(name))
    #> model.h5 True
    #> model.hdf5 True
    #> model.keras True
    assert h5py.is_hdf5(name)

# save_format="h5" writes HDF5 whatever the name
model.save("model_file", save_format="h5")
print(os.path.isfile("model_file"), h5py.is_hdf5("model_file"))
#> True True
assert h5py.is_hdf5("model_file")

# and an HDF5 extension wins over save_format="tf"
model.save("other.h5", save_format="tf")
print(os.path.isdir("other.h5"), h5py.is_hdf5("other.h5"))
#> False True
assert h5py.is_hdf5("other.h5")

loaded = tf.keras.models.load_model("model_file")
for a, b in zip(loaded.get_weights(), weights):
    assert np.array_equal(a, b)
