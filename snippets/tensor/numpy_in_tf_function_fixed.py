import tensorflow as tf


@tf.function
def double(tensor):
    return tensor * 2  # stay in TensorFlow ops inside tf.function


result = double(tf.constant([1.0, 2.0]))
print(result.numpy())  # .numpy() works on the eager result outside
#> [2. 4.]
assert type(result).__name__ == "EagerTensor"
assert result.numpy().tolist() == [2.0, 4.0]
