# Keras 3: same error, inside a longer message; its core is shown
import re

import numpy as np
import tensorflow as tf

embedding = tf.keras.layers.Embedding(input_dim=5, output_dim=2)
try:
    embedding(np.array([[1, 5]]))
    raised = False
except tf.errors.InvalidArgumentError as error:
    raised = True
    print(re.search(r"indices\[.*?\)", str(error)).group())
    #> indices[0,1] = 5 is not in [0, 5)
assert raised
