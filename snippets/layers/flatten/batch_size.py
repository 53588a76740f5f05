import numpy as np
import tensorflow as tf

flatten = tf.keras.layers.Flatten()
for shape in [(5, 2, 3), (1, 2, 3), (4, 2, 3, 4), (3,)]:
    out = flatten(np.zeros(shape, dtype="float32"))
    print(shape, "->", tuple(out.shape))
    #> (5, 2, 3) -> (5, 6)
    #> (1, 2, 3) -> (1, 6)
    #> (4, 2, 3, 4) -> (4, 24)
    #> (3,) -> (3, 1)
    assert out.shape[0] == shape[0]  # the batch axis is kept
    assert out.shape[1] == int(np.prod(shape[1:]))
