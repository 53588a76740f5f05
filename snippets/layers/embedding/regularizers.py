import numpy as np
import tensorflow as tf

tf.random.set_seed(0)

start = np.arange(-5, 5, dtype="float32").reshape(5, 2)
embedding = tf.keras.layers.Embedding(
    5,
    2,
    embeddings_initializer=tf.keras.initializers.Constant(start),
    embeddings_regularizer=tf.keras.regularizers.L2(0.1),
    activity_regularizer=tf.keras.regularizers.L1(0.01),
    embeddings_constraint=tf.keras.constraints.NonNeg(),
)
ids = np.array([[0, 3], [4, 4]])
out = embedding(ids).numpy()
table = embedding.get_weights()[0]
assert (table == start).all()  # the constraint has not acted yet

penalties = sorted(float(p) for p in embedding.losses)
l2_table = 0.1 * (table**2).sum()
l1_output = 0.01 * np.abs(out).sum() / len(ids)  # per sample
assert np.allclose(penalties, sorted([l2_table, l1_output]))

model = tf.keras.Sequential([embedding])
model.compile(optimizer=tf.keras.optimizers.SGD(1.0), loss="mse")
target = np.zeros_like(out)
loss = model.evaluate(ids, target, verbose=0)  # includes both
assert np.isclose(loss, (out**2).mean() + sum(penalties))

model.fit(ids, target - 1.0, verbose=0)  # one step, rows pulled down
print(embedding.get_weights()[0].round(3) + 0.0)  # clipped at 0
#> [[0.    0.   ]
#>  [0.    0.   ]
#>  [0.    0.   ]
#>  [0.295 0.845]
#>  [0.39  0.69 ]]
assert (embedding.get_weights()[0] >= 0).all()
