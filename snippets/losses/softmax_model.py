import numpy as np
import tensorflow as tf

x = np.ones((1, 1), "float32")
labels = np.array([2])  # the true class gets the lowest score
one_hot = tf.keras.utils.to_categorical(labels, num_classes=3)
scores = tf.keras.initializers.Constant([[100.0, 0.0, -100.0]])
model = tf.keras.Sequential(
    [
        tf.keras.layers.Dense(
            3,
            activation="softmax",  # the model's last step
            kernel_initializer=scores,
            input_shape=(1,),
        )
    ]
)
model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy")
probs = model.predict(x, verbose=0)  # plain numbers
print(probs)
#> [[1. 0. 0.]]
in_sparse = model.evaluate(x, labels, verbose=0)
model.compile(optimizer="sgd", loss="categorical_crossentropy")
in_categorical = model.evaluate(x, one_hot, verbose=0)
in_fit = model.fit(x, one_hot, verbose=0).history["loss"][0]
loss = tf.keras.losses.SparseCategoricalCrossentropy()
on_numbers = float(loss(labels, probs))
found = [in_sparse, in_categorical, in_fit, on_numbers]
print([round(value, 4) for value in found])
#> [200.0, 200.0, 200.0, 16.1181]
exact = np.logaddexp.reduce([100.0, 0.0, -100.0]) + 100.0
assert np.allclose([in_sparse, in_categorical, in_fit], exact)
assert np.isclose(on_numbers, -np.log(1e-7), rtol=1e-4)  # capped
