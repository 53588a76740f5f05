# Keras 3: hard_sigmoid is relu6(x + 3) / 6, not 0.2 * x + 0.5
import math

import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

x = np.linspace(-5, 5, 41, dtype="float32")  # steps of 0.25
act = tf.keras.activations
t = tf.constant(x)
sigmoid = 1 / (1 + np.exp(-x))
erf = np.vectorize(math.erf)
elu = np.where(x > 0, x, np.exp(x) - 1)
alpha, scale = 1.6732632423543772, 1.0507009873554805  # SELU
hard = np.clip(x + 3, 0, 6) / 6  # Keras 3: relu6(x + 3) / 6
# softmax maps a vector: of the two scores [x, 0], x gets sigmoid(x)
softmax = act.softmax(tf.stack([t, tf.zeros_like(t)], axis=1))[:, 0]
panels = {  # title: {name: (what TF computes, the NumPy formula)}
    "rectifiers": {
        "relu": (act.relu(t), np.maximum(x, 0)),
        "elu": (act.elu(t), elu),
        "selu": (act.selu(t), scale * np.where(x > 0, x, alpha * elu)),
        "softplus": (act.softplus(t), np.log1p(np.exp(x))),
    },
    "dipping below 0": {
        "gelu": (act.gelu(t), 0.5 * x * (1 + erf(x / np.sqrt(2)))),
        "swish": (act.swish(t), x * sigmoid),
    },
    "S-shaped": {
        "sigmoid": (act.sigmoid(t), sigmoid),
        "softmax([x, 0])[0]": (softmax, sigmoid),
        "hard_sigmoid": (act.hard_sigmoid(t), hard),
        "tanh": (act.tanh(t), np.tanh(x)),
        "softsign": (act.softsign(t), x / (np.abs(x) + 1)),
    },
    "unbounded": {
        "linear": (act.linear(t), x),
        "exponential": (act.exponential(t), np.exp(x)),
    },
}

fig, axes = plt.subplots(2, 2, figsize=(6.4, 5.6), sharex=True)
for ax, (title, curves) in zip(axes.flat, panels.items()):
    for name, (got, want) in curves.items():
        got = np.asarray(got)
        assert np.allclose(got, want, atol=1e-5), name
        if name.startswith("softmax"):  # dots: it lies on the sigmoid
            ax.plot(x[::4], got[::4], "o", markersize=3, label=name)
        else:
            ax.plot(x, got, label=name)
    ax.set(title=title, xlabel="x", ylabel="f(x)", xticks=[-5, 0, 5])
    ax.legend(fontsize="small")
axes[1, 1].set_ylim(-5, 5)  # exp(5) = 148 would flatten the rest
fig.suptitle("tf.keras.activations for x from -5 to 5")
fig.tight_layout()

# every function of the table, each checked against NumPy above
ys = {}  # name: what TF computes
for curves in panels.values():
    ys.update({n: np.asarray(got) for n, (got, _) in curves.items()})
assert len(ys) == 13
assert (ys["relu"][x < 0] == 0).all()  # relu cuts negatives to 0
# where the curves that dip below zero are lowest
for name in ["elu", "selu", "gelu", "swish"]:
    y = ys[name]
    print(f"{name:6} lowest {y.min():.3f} at x = {x[y.argmin()]}")
    #> elu    lowest -0.993 at x = -5.0
    #> selu   lowest -1.746 at x = -5.0
    #> gelu   lowest -0.170 at x = -0.75
    #> swish  lowest -0.278 at x = -1.25
# elu and selu level off at -1 and at -scale * alpha ...
assert abs(ys["elu"][0] + 1) < 0.01
assert abs(ys["selu"][0] + scale * alpha) < 0.02
# ... gelu and swish dip below 0 between -5 and 0, then rise
for name in ["gelu", "swish"]:
    lowest = ys[name].argmin()
    assert 0 < lowest and x[lowest] < 0 and ys[name].min() < 0
