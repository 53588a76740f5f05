# Keras 3: save() writes .keras (zip) or .h5; export() writes SavedModel
import os
import zipfile

import h5py
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(4, 3).astype("float32")
model = tf.keras.Sequential(
    [tf.keras.Input(shape=(3,)), tf.keras.layers.Dense(2)]
)
model.compile(loss="mse", optimizer="adam")
model.fit(x, np.ones((4, 2)), epochs=1, verbose=0)

model.save("my_model.keras")  # Keras 3's own format: one zip file
model.save("my_model.h5")  # the legacy HDF5 format, one file
model.export("my_model", verbose=False)  # a SavedModel, for serving
print(sorted(zipfile.ZipFile("my_model.keras").namelist()))
#> ['config.json', 'metadata.json', 'model.weights.h5']
assert zipfile.is_zipfile("my_model.keras")
print(h5py.is_hdf5("my_model.h5"))
#> True
assert h5py.is_hdf5("my_model.h5")
print(sorted(os.listdir("my_model")))
#> ['assets', 'fingerprint.pb', 'saved_model.pb', 'variables']
assert os.path.isfile(os.path.join("my_model", "saved_model.pb"))
try:  # save() itself writes no SavedModel any more
    model.save("my_model_dir")
    refused = ""
except ValueError as error:
    refused = str(error)
assert "Use `model.export(filepath)`" in refused
# zipped=False: the .keras contents in a folder, still no SavedModel
model.save("my_model_files", zipped=False)
print(sorted(os.listdir("my_model_files")))
#> ['config.json', 'metadata.json', 'model.weights.h5']
assert "saved_model.pb" not in os.listdir("my_model_files")

expected = model(x).numpy()
loaded = tf.keras.models.load_model("my_model.keras")
got = loaded(x).numpy()
print(np.round(got[0], 4), np.array_equal(got, expected))
#> [ 0.414  -1.2569] True
assert np.array_equal(got, expected)
assert loaded.loss == "mse"  # the compile() settings came back
assert type(loaded.optimizer).__name__ == "Adam"
assert int(loaded.optimizer.iterations) == 1  # its state came back too
unzipped = tf.keras.models.load_model("my_model_files")
assert np.array_equal(unzipped(x).numpy(), expected)

# HDF5 with the loss alias "mse" no longer loads compiled...
try:
    tf.keras.models.load_model("my_model.h5")
except ValueError as error:
    print(error)
    #> Could not deserialize 'keras.metrics.mse' because it is not a
    #> KerasSaveable subclass
    assert "keras.metrics.mse" in str(error)
# ...but its model and weights do, with compile=False
loaded = tf.keras.models.load_model("my_model.h5", compile=False)
assert not loaded.compiled  # compile() it yourself to train
assert np.array_equal(loaded(x).numpy(), expected)

# the exported SavedModel is no Keras model: load it with TensorFlow
served = tf.saved_model.load("my_model")
got = served.serve(x).numpy()
print(np.round(got[0], 4), np.allclose(got, expected))
#> [ 0.414  -1.2569] True
assert np.allclose(got, expected)
try:
    tf.keras.models.load_model("my_model")
except ValueError as error:
    print("File format not supported" in str(error))
    #> True
    assert "File format not supported" in str(error)
