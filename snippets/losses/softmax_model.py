import numpy as np
import tensorflow as tf

x = np.ones((1, 1), "float32")
labels = np.array([2])  # the true class gets the lowest score
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
in_evaluate = model.evaluate(x, labels, verbose=0)
in_fit = model.fit(x, labels, verbose=0).history["loss"][0]
loss = tf.keras.losses.SparseCategoricalCrossentropy()
on_numbers = float(loss(labels, probs))
print(round(in_evaluate, 4), round(in_fit, 4), round(on_numbers, 4))
#> 200.0 200.0 16.1181
exact = np.logaddexp.reduce([100.0, 0.0, -100.0]) + 100.0
assert np.isclose(in_evaluate, exact) and np.isclose(in_fit, exact)
assert np.isclose(on_numbers, -np.log(1e-7), rtol=1e-4)  # capped
