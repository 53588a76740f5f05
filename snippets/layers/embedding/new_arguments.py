# TF 2.4: weights goes through **kwargs; LoRA and quantization do not
# exist yet
import numpy as np
import tensorflow as tf

rows = np.arange(10, dtype="float32").reshape(5, 2)
given = tf.keras.layers.Embedding(5, 2, weights=[rows])
given(np.array([[0]]))  # the table is set when the layer is built
assert (given.get_weights()[0] == rows).all()

try:
    tf.keras.layers.Embedding(5, 2, lora_rank=1)
    refused = False
except TypeError as error:
    refused = True
    print(error)
    #> ('Keyword argument not understood:', 'lora_rank')
assert refused
