# TF 2.4: LoRA and quantization do not exist yet
import tensorflow as tf

try:
    tf.keras.layers.Dense(2, lora_rank=1)
    refused = False
except TypeError as error:
    refused = True
    print(error)
    #> ('Keyword argument not understood:', 'lora_rank')
assert refused
