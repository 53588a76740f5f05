import numpy as np
import tensorflow as tf

embedding = tf.keras.layers.Embedding(input_dim=5, output_dim=2)
print(embedding(np.array([[0, 4]])).shape)  # 0 ... input_dim - 1
#> (1, 2, 2)
for index in [5, -1]:  # past the end, and negative
    try:
        embedding(np.array([[index]]))
        raised = False
    except tf.errors.InvalidArgumentError as error:
        raised = True
        print(error)
        #> indices[0,0] = 5 is not in [0, 5) [Op:ResourceGather]
        #> indices[0,0] = -1 is not in [0, 5) [Op:ResourceGather]
    assert raised
