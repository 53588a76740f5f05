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
assert embedding.trainable_weights[0].shape == (5, 2)
