import numpy as np
import tensorflow as tf

tf.random.set_seed(0)

embedding = tf.keras.layers.Embedding(input_dim=5, output_dim=2)
ids = np.array([[0, 3, 3], [4, 1, 0]])  # (batch, sequence length)
vectors = embedding(ids).numpy()
table = embedding.get_weights()[0]

print(table.shape)  # one row per index 0..input_dim-1
#> (5, 2)
print(vectors.shape)  # (batch, length, output_dim)
#> (2, 3, 2)
print(vectors[0].round(4))
#> [[-0.0208 -0.0293]
#>  [-0.0007  0.0498]
#>  [-0.0007  0.0498]]
assert (vectors == table[ids]).all()  # a plain row lookup
assert embedding.trainable_weights[0].shape == (5, 2)
