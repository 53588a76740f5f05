# Keras 3: past the end, the same error in a longer message (its core
# is shown); a negative index counts from the end, as in NumPy
import re

import numpy as np
import tensorflow as tf

rows = np.arange(10, dtype="float32").reshape(5, 2)
embedding = tf.keras.layers.Embedding(
    input_dim=5,
    output_dim=2,
    embeddings_initializer=tf.keras.initializers.Constant(rows),
)
print(embedding(np.array([[0, 4]])).shape)  # 0 ... input_dim - 1
#> (1, 2, 2)
try:
    embedding(np.array([[5]]))
    raised = False
except tf.errors.InvalidArgumentError as error:
    raised = True
    print(re.search(r"indices\[.*?\)", str(error)).group())
    #> indices[0,0] = 5 is not in [0, 5)
assert raised

last = embedding(np.array([[-1]])).numpy()  # no error: the last row
print(last)
#> [[[8. 9.]]]
assert (last[0, 0] == rows[-1]).all()
