# Raises InvalidArgumentError on purpose: index 5 needs input_dim >= 6.
import numpy as np
import tensorflow as tf

embedding = tf.keras.layers.Embedding(input_dim=5, output_dim=2)
embedding(np.array([[1, 5]]))
#> InvalidArgumentError: indices[0,1] = 5 is not in [0, 5)
#> [Op:ResourceGather]
