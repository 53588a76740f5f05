# Keras 3: weights is a named argument, LoRA and quantization are new
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)

rows = np.arange(10, dtype="float32").reshape(5, 2)
ids = np.array([[0, 3], [4, 4]])
for weights in [rows, [rows]]:  # alone or in a one-element list
    given = tf.keras.layers.Embedding(5, 2, weights=weights)
    assert (given.get_weights()[0] == rows).all()

constant = tf.keras.initializers.Constant(rows)
lora = tf.keras.layers.Embedding(5, 2, constant, lora_rank=1)
lora.build()
print([(tuple(w.shape), w.trainable) for w in lora.weights])
#> [((5, 2), False), ((5, 1), True), ((1, 2), True)]
assert [w.trainable for w in lora.weights] == [False, True, True]
lora.lora_embeddings_b.assign(np.ones((1, 2)))
delta = lora.lora_embeddings_a.numpy() @ lora.lora_embeddings_b.numpy()
assert np.allclose(lora(ids), (rows + delta)[ids])  # a scale of 1

# lora_alpha: building the layer resets it to lora_rank
scaled = tf.keras.layers.Embedding(5, 2, lora_rank=1, lora_alpha=3)
scaled.build()
print(scaled.lora_alpha)
#> 1
assert scaled.lora_alpha == 1
later = tf.keras.layers.Embedding(5, 2)
later.build()
later.enable_lora(1, lora_alpha=3)  # here it is kept
assert later.lora_alpha == 3

int8 = tf.keras.quantizers.Int8QuantizationConfig()
alone = tf.keras.layers.Embedding(5, 2, quantization_config=int8)
alone.build()
policy = tf.keras.layers.Embedding(5, 2, dtype="int8_from_float32")
policy.build()
print(alone.embeddings.dtype, policy.embeddings.dtype)
#> float32 int8
assert alone.embeddings.dtype == "float32"
assert policy.embeddings.dtype == "int8"
