import numpy as np
import tensorflow as tf
from tensorflow import keras

np.random.seed(0)
tf.random.set_seed(0)
x = np.random.normal(size=(8, 4)).astype("float32")
y = np.array([0, 1, 2, 1, 0, 2, 2, 1])  # integer labels, 3 classes

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        keras.layers.Dense(3, activation="softmax"),
    ]
)
# fixed starting weights: the same numbers on every TF version
kernel = np.random.normal(size=(4, 3)).astype("float32")
model.set_weights([kernel, np.zeros(3, dtype="float32")])
model.compile(
    optimizer="adam",
    loss="sparse_categorical_crossentropy",
    metrics=[keras.metrics.SparseCategoricalAccuracy()],
)
results = model.evaluate(x, y, verbose=0, return_dict=True)
print({k: round(v, 4) for k, v in results.items()})
#> {'loss': 3.3642, 'sparse_categorical_accuracy': 0.25}

# accuracy = share of samples whose highest-probability class is y
hits = np.argmax(model(x).numpy(), axis=-1) == y
print(hits.sum(), "of", len(y))
#> 2 of 8
assert np.isclose(results["sparse_categorical_accuracy"], hits.mean())

# fit reports it under the same name, once per epoch
history = model.fit(x, y, epochs=2, verbose=0)
per_epoch = history.history["sparse_categorical_accuracy"]
print(np.round(per_epoch, 4))
#> [0.25 0.25]
assert set(history.history) == {"loss", "sparse_categorical_accuracy"}
