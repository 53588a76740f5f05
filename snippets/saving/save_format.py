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
model.save("model_dir")
print(sorted(os.listdir("model_dir")))
#> ['assets', 'saved_model.pb', 'variables']
assert os.path.isfile(os.path.join("model_dir", "saved_model.pb"))

# save_format="h5" writes HDF5 whatever the name
model.save("model_file", save_format="h5")
print(os.path.isfile("model_file"), h5py.is_hdf5("model_file"))
#> True True
assert h5py.is_hdf5("model_file")

# and the three extensions win over save_format="tf"
for name in ["other.h5", "other.hdf5", "other.keras"]:
    model.save(name, save_format="tf")
    print(name, os.path.isdir(name), h5py.is_hdf5(name))
    #> other.h5 False True
    #> other.hdf5 False True
    #> other.keras False True
    assert h5py.is_hdf5(name)

loaded = tf.keras.models.load_model("model_file")
for a, b in zip(loaded.get_weights(), weights):
    assert np.array_equal(a, b)

# an open h5py.File takes the model too
with h5py.File("opened.h5", "w") as file:
    model.save(file)
    assert "model_weights" in file
