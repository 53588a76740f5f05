# Raises ValueError on purpose: a dataset cannot be split by fraction.
import numpy as np
import tensorflow as tf

x = np.zeros((10, 1), "float32")
dataset = tf.data.Dataset.from_tensor_slices((x, x)).batch(5)
model = tf.keras.Sequential(
    [tf.keras.layers.Dense(1, input_shape=(1,))]
)
model.compile(optimizer="sgd", loss="mse")


def batches():  # a generator has no length to cut a fraction from
    yield x[:5], x[:5]


try:
    model.fit(batches(), validation_split=0.2, verbose=0)
    refused = None
except ValueError as error:
    refused = error
assert "validation_split" in str(refused)  # a generator: refused

model.fit(dataset, validation_split=0.2, verbose=0)
#> ValueError: `validation_split` is only supported for Tensors or NumPy
#> arrays, found following types in the input: [<class
#> 'tensorflow.python.data.ops.dataset_ops.BatchDataset'>]
