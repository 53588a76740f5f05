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
# TensorFlow reads the folder without Keras, through its signature
print(list(tf.saved_model.load("my_model").signatures))
#> ['serving_default']
assert "serving_default" in tf.saved_model.load("my_model").signatures
# the HDF5 file: the config as an attribute, the weights as a group
with h5py.File("my_model.h5", "r") as file:
    print(sorted(file))
    #> ['model_weights', 'optimizer_weights']
    assert "model_config" in file.attrs and "model_weights" in file

expected = model.predict(x)
for path in ["my_model", "my_model.h5"]:
    loaded = tf.keras.models.load_model(path)
    got = loaded.predict(x)
    print(path, np.round(got[0], 4), np.array_equal(got, expected))
    #> my_model [-0.3018  0.1525] True
    #> my_model.h5 [-0.3018  0.1525] True
    assert np.array_equal(got, expected)
    assert loaded.loss is tf.keras.losses.mean_squared_error
    assert loaded.optimizer.get_config()["name"] == "Adam"
    steps = int(loaded.optimizer.iterations)  # Adam's state: 1 step
    print(path, "optimizer steps:", steps)
    #> my_model optimizer steps: 0
    #> my_model.h5 optimizer steps: 1
    if path == "my_model.h5":
        assert steps == int(model.optimizer.iterations)  # restored
    else:
        assert steps == 0  # a fresh Adam: the saved state is not read

# though the SavedModel does hold the optimizer's state
saved = tf.train.list_variables("my_model/variables/variables")
assert any(name.startswith("optimizer/iter") for name, _ in saved)
