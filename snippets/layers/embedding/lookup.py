import numpy as np
import tensorflow as tf

# a table with easy values: row i is [2 * i, 2 * i + 1]
rows = np.arange(10, dtype="float32").reshape(5, 2)
embedding = tf.keras.layers.Embedding(
    input_dim=5,
    output_dim=2,
    embeddings_initializer=tf.keras.initializers.Constant(rows),
)
ids = np.array([[0, 3, 3], [4, 1, 0]])  # (batch, sequence length)
vectors = embedding(ids).numpy()
table = embedding.get_weights()[0]

print(table.shape)  # one row per index 0..input_dim-1
#> (5, 2)
print(vectors.shape)  # (batch, length, output_dim)
#> (2, 3, 2)
print(vectors[0])  # rows 0, 3 and 3
#> [[0. 1.]
#>  [6. 7.]
#>  [6. 7.]]
assert (table == rows).all()
assert (vectors == table[ids]).all()  # a plain row lookup
assert vectors.shape == (2, 3, 2) and table.shape == (5, 2)
assert len(embedding.weights) == 1  # the table is its only weight

# one SGD step on a loss changes the rows it looked up
with tf.GradientTape() as tape:
    loss = tf.reduce_sum(embedding(ids))
grads = tape.gradient(loss, embedding.trainable_weights)
tf.keras.optimizers.SGD(0.1).apply_gradients(
    zip(grads, embedding.trainable_weights)
)
changed = (embedding.get_weights()[0] != rows).any(axis=1)
print(changed)  # row 2 was not looked up
#> [ True  True False  True  True]
assert changed[[0, 1, 3, 4]].all()
