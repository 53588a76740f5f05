import numpy as np
import tensorflow as tf

embedding = tf.keras.layers.Embedding(5, 2, mask_zero=True)
ids = np.array([[3, 1, 0, 0], [4, 2, 2, 0]])  # 0 is padding
mask = embedding.compute_mask(ids)
print(mask.numpy())
#> [[ True  True False False]
#>  [ True  True  True False]]
assert (mask.numpy() == (ids != 0)).all()

# index 0 is still looked up in row 0 of the table
vectors = embedding(ids).numpy()
assert (vectors[0, 2] == embedding.get_weights()[0][0]).all()

# a recurrent layer after it skips the padding: as if it were cut off
rnn = tf.keras.Sequential([embedding, tf.keras.layers.SimpleRNN(3)])
padded = rnn(np.array([[3, 1, 0, 0]])).numpy()
assert np.allclose(padded, rnn(np.array([[3, 1]])).numpy())
