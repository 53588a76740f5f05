import os

import h5py
import numpy as np
import tensorflow as tf

tf.random.set_seed(0)
np.random.seed(0)
x = np.random.rand(4, 3).astype("float32")
model = tf.keras.Sequential(
    [tf.keras.layers.Dense(2, input_shape=(3,))]
)
model.compile(loss="mse", optimizer="adam")
model.fit(x, np.ones((4, 2)), epochs=1, verbose=0)

model.save("my_model")  # no extension: a SavedModel folder
model.save("my_model.h5")  # .h5 extension: one HDF5 file
print(sorted(os.listdir("my_model")))
#> ['assets', 'saved_model.pb', 'variables']
assert os.path.isfile(os.path.join("my_model", "saved_model.pb"))
print(h5py.is_hdf5("my_model.h5"))
#> True
assert h5py.is_hdf5("my_model.h5")

expected = model.predict(x)
for path in ["my_model", "my_model.h5"]:
    loaded = tf.keras.models.load_model(path)
    got = loaded.predict(x)
    print(path, np.round(got[0], 4), np.array_equal(got, expected))
    #> my_model [-0.3018  0.1525] True
    #> my_model.h5 [-0.3018  0.1525] True
    assert np.array_equal(got, expected)
    assert loaded.optimizer.get_config()["name"] == "Adam"
