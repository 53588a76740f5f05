# Keras 3: LoRA and quantization are new arguments
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)

x = np.ones((1, 3), dtype="float32")
lora = tf.keras.layers.Dense(2, lora_rank=1)
lora.build((None, 3))
print([(tuple(w.shape), w.trainable) for w in lora.weights])
#> [((3, 2), False), ((2,), True), ((3, 1), True), ((1, 2), True)]
assert [w.trainable for w in lora.weights] == [False, True, True, True]

# lora_alpha: building the layer resets it to lora_rank
scaled = tf.keras.layers.Dense(2, lora_rank=1, lora_alpha=3)
scaled.build((None, 3))
print(scaled.lora_alpha)
#> 1
assert scaled.lora_alpha == 1
later = tf.keras.layers.Dense(2)
later.build((None, 3))
later.enable_lora(1, lora_alpha=3)  # here it is kept
assert later.lora_alpha == 3

int8 = tf.keras.quantizers.Int8QuantizationConfig()
alone = tf.keras.layers.Dense(2, quantization_config=int8)
alone.build((None, 3))
policy = tf.keras.layers.Dense(2, dtype="int8_from_float32")
policy.build((None, 3))
print(alone.kernel.dtype, policy.kernel.dtype)
#> float32 int8
assert alone.kernel.dtype == "float32"
assert policy.kernel.dtype == "int8"
