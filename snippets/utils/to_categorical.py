import tensorflow as tf

int_labels = [1, 0, 2]
one_hot = tf.keras.utils.to_categorical(int_labels, num_classes=3)
print(one_hot)
#> [[0. 1. 0.]
#>  [1. 0. 0.]
#>  [0. 0. 1.]]
print(one_hot.dtype)
#> float32
