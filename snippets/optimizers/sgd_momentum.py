import numpy as np
import tensorflow as tf

lr, momentum = 0.1, 0.9
opt = tf.keras.optimizers.SGD(learning_rate=lr, momentum=momentum)
w = tf.Variable([1.0, -2.0])

# by hand: velocity = momentum * velocity - lr * grad; w = w + velocity
w_hand, velocity = np.array([1.0, -2.0]), np.zeros(2)
for step in range(2):
    grad = np.array([0.5, -1.0])  # the same gradient twice
    opt.apply_gradients([(tf.constant(grad, tf.float32), w)])
    velocity = momentum * velocity - lr * grad
    w_hand = w_hand + velocity
    print(step, np.round(w.numpy(), 4), np.round(w_hand, 4))
    #> 0 [ 0.95 -1.9 ] [ 0.95 -1.9 ]
    #> 1 [ 0.855 -1.71 ] [ 0.855 -1.71 ]
    assert np.allclose(w.numpy(), w_hand)

# step 1 moved further than step 0: the velocity carried over
assert np.allclose(velocity, -lr * grad * (1 + momentum))
