# Keras 3: no reset_metrics argument; every call reports its own batch
import tensorflow as tf

model = tf.keras.Sequential(
    [
        tf.keras.Input((1,)),
        tf.keras.layers.Dense(1, kernel_initializer="zeros"),
    ]
)
# learning rate 0, so that train_on_batch leaves the weights alone too
model.compile(
    optimizer=tf.keras.optimizers.SGD(0.0), loss="mse", metrics=["mae"]
)
x = tf.zeros((2, 1))  # the model predicts 0
y1, y2 = tf.fill((2, 1), 1.0), tf.fill((2, 1), 3.0)

named = model.test_on_batch(x, y1, return_dict=True)
print(named)
#> {'loss': 1.0, 'mae': 1.0}
assert named == {"loss": 1.0, "mae": 1.0}
print(model.test_on_batch(x, y2, return_dict=True))  # this batch only
#> {'loss': 9.0, 'mae': 3.0}

try:
    model.test_on_batch(x, y1, reset_metrics=False)
    refused = False
except TypeError as error:
    print(error)
    #> TensorFlowTrainer.test_on_batch() got an unexpected keyword
    #> argument 'reset_metrics'
    refused = True
assert refused

# the metric state is reset BEFORE every call: nothing carries over
first = model.train_on_batch(x, y1)
second = model.train_on_batch(x, y2)
print(first, second)
#> [1.0, 1.0] [9.0, 3.0]
assert first == [1.0, 1.0] and second == [9.0, 3.0]
state = model.get_metrics_result()  # kept AFTER the call: this batch
print({name: float(value) for name, value in state.items()})
#> {'loss': 9.0, 'mae': 3.0}
assert float(state["loss"]) == 9.0

# a mean over several batches: keep your own metric, weighted by size
mean_loss = tf.keras.metrics.Mean()
for y in (y1, y2):
    loss, mae = model.train_on_batch(x, y)
    mean_loss.update_state(loss, sample_weight=len(x))
print(float(mean_loss.result()))
#> 5.0
assert float(mean_loss.result()) == (1 + 9) / 2
