import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

names = ["SGD", "Adam", "RMSprop", "Adamax"]  # the eight of TF 2.4
names += ["Adadelta", "Nadam", "Adagrad", "Ftrl"]
start, steps = np.array([-0.3, 0.15], "float32"), 300
curvature = np.array([1.0, 10.0], "float32")  # 10 times steeper in y


def loss(w):  # an elongated bowl, lowest at (0, 0)
    return 0.5 * tf.reduce_sum(curvature * w**2)


optimizers = [getattr(tf.keras.optimizers, n)() for n in names]
weights = [tf.Variable(start) for _ in names]  # defaults, same start


@tf.function
def step():  # one step of every optimizer
    for optimizer, w in zip(optimizers, weights):
        with tf.GradientTape() as tape:
            value = loss(w)
        optimizer.apply_gradients([(tape.gradient(value, w), w)])


paths = [[start] * len(names)]
for _ in range(steps):
    step()
    paths.append([w.numpy() for w in weights])
paths = np.stack(paths, axis=1)  # (optimizer, step, xy)
final = 0.5 * (curvature * paths[:, -1] ** 2).sum(axis=1)
moved = np.linalg.norm(paths[:, -1] - start, axis=1)
for name, f, m in zip(names, final, moved):
    print(f"{name:8} loss {f:.5f}, moved {m:.4f}")
    #> SGD      loss 0.00011, moved 0.3223
    #> Adam     loss 0.00299, moved 0.2672
    #> RMSprop  loss 0.00012, moved 0.3215
    #> Adamax   loss 0.00472, moved 0.2518
    #> Adadelta loss 0.15657, moved 0.0007
    #> Nadam    loss 0.00345, moved 0.2622
    #> Adagrad  loss 0.10595, moved 0.0447
    #> Ftrl     loss 0.04052, moved 0.2494

start_loss = 0.5 * (curvature * start**2).sum()
assert (final < start_loss).all()  # every one went downhill
assert moved[names.index("Adadelta")] < 0.001  # ... some barely
t = np.arange(steps + 1)[:, None]  # SGD(0.01): w *= 1 - 0.01 * curv
assert np.allclose(paths[0], start * (1 - 0.01 * curvature) ** t)
m, v, w = 0.0, 0.0, start.astype("float64")  # Adam in NumPy
for i in range(1, steps + 1):
    g = curvature * w
    m, v = 0.9 * m + 0.1 * g, 0.999 * v + 0.001 * g**2
    rate = 0.001 * np.sqrt(1 - 0.999**i) / (1 - 0.9**i)
    w = w - rate * m / (np.sqrt(v) + 1e-7)
assert np.allclose(paths[names.index("Adam"), -1], w, atol=1e-5)
# Nadam's momentum schedule u_t, and its first step from it
u = 0.9 * (1 - 0.5 * 0.96 ** (0.004 * np.array([1, 2])))
first = 0.001 * (1 + 0.1 * u[1] / (1 - u[0] * u[1]))
print(f"Nadam's first step {first:.7f}")
#> Nadam's first step 0.0010565
nadam = paths[names.index("Nadam")]
assert np.allclose(np.abs(nadam[1] - start), first, rtol=1e-4)
taken = np.abs(np.diff(paths, axis=1))  # each step, per coordinate
at = {name: i for i, name in enumerate(names)}
assert final[at["SGD"]] < 0.001 and final[at["RMSprop"]] < 0.001
for name in ["Adam", "Adamax", "Nadam"]:  # ~0.001 a step, shrinking
    assert np.allclose(taken[at[name], 0], 0.001, rtol=0.1)
    assert (taken[at[name], -1] < taken[at[name], 0] / 2).all()
    assert final[at[name]] > 0.002  # still on their way
assert 0.0005 < np.median(taken[at["RMSprop"]]) < 0.002
assert moved[at["Adagrad"]] < np.linalg.norm(start) / 6
assert taken[at["Ftrl"], 0, 0] > abs(start[0]) / 2  # a jump in w[0]
assert taken[at["Ftrl"], 1:].max() < 0.01  # then a crawl
# Adadelta's first step: no past updates yet, only sqrt(epsilon)
g, eps = curvature * start, 1e-7
adadelta_first = 0.001 * np.sqrt(eps / (0.05 * g**2 + eps)) * abs(g)
assert np.allclose(taken[at["Adadelta"], 0], adadelta_first, rtol=0.05)

fig, ax = plt.subplots()
angle = np.linspace(0, 2 * np.pi, 49)
for level in start_loss * np.array([1, 0.4, 0.1, 0.02]):
    radius = np.sqrt(2 * level / curvature)  # ellipse of equal loss
    ax.plot(
        radius[0] * np.cos(angle),
        radius[1] * np.sin(angle),
        color="#9ca3af",
        linewidth=0.6,
        label="_contour",
    )
shown = np.unique(np.geomspace(1, steps + 1, 40).astype(int) - 1)
dashes = {"Adamax": "--", "Nadam": ":"}  # near Adam's path
for name, path in zip(names, paths):
    ax.plot(
        *path[shown].T,
        dashes.get(name, "-"),
        marker="o",
        markevery=[-1],
        label=name,
    )
ax.set(xlim=(-0.32, 0.01), ylim=(-0.01, 0.16))
ax.set(xlabel="w[0]", ylabel="w[1]")
ax.set_title(f"{steps} steps of each optimizer with its defaults")
ax.legend(loc="upper left", bbox_to_anchor=(1, 1))
