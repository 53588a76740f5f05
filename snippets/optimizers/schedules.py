import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

schedules = tf.keras.optimizers.schedules
t = np.arange(50)  # the optimizer's step counter, `iterations`
rates = {  # label: (learning_rate or schedule, other SGD args, formula)
    "decay=0.05 (the old argument)": (
        0.1,
        {"decay": 0.05},
        0.1 / (1 + 0.05 * t),
    ),
    "InverseTimeDecay(0.1, 1, 0.05)": (
        schedules.InverseTimeDecay(0.1, 1, 0.05),
        {},
        0.1 / (1 + 0.05 * t),
    ),
    "ExponentialDecay(0.1, 10, 0.5)": (
        schedules.ExponentialDecay(0.1, 10, 0.5),
        {},
        0.1 * 0.5 ** (t / 10),
    ),
    "... staircase=True": (
        schedules.ExponentialDecay(0.1, 10, 0.5, staircase=True),
        {},
        0.1 * 0.5 ** (t // 10),
    ),
    "PiecewiseConstantDecay([15, 30], ...)": (
        schedules.PiecewiseConstantDecay([15, 30], [0.1, 0.05, 0.01]),
        {},
        np.select([t <= 15, t <= 30], [0.1, 0.05], 0.01),
    ),
    "PolynomialDecay(0.1, 40, 0.01)": (
        schedules.PolynomialDecay(0.1, 40, 0.01),
        {},
        0.01 + 0.09 * (1 - np.minimum(t, 40) / 40),
    ),
}
fig, ax = plt.subplots()
colours = ["C0", "C1", "C2", "C3", "C4", "C6"]
for (label, (rate, extra, formula)), c in zip(rates.items(), colours):
    sgd = tf.keras.optimizers.SGD(learning_rate=rate, **extra)
    w = tf.Variable(0.0)
    used = []
    for _ in t:  # from 0 with a gradient of 1, w moves by -rate
        w.assign(0.0)
        sgd.apply_gradients([(tf.constant(1.0), w)])
        used.append(-w.numpy())
    assert np.allclose(used, formula, rtol=1e-6), label
    print(f"{label:38} {used[0]:.3f} -> {used[-1]:.4f}")
    #> decay=0.05 (the old argument)          0.100 -> 0.0290
    #> InverseTimeDecay(0.1, 1, 0.05)         0.100 -> 0.0290
    #> ExponentialDecay(0.1, 10, 0.5)         0.100 -> 0.0033
    #> ... staircase=True                     0.100 -> 0.0063
    #> PiecewiseConstantDecay([15, 30], ...)  0.100 -> 0.0100
    #> PolynomialDecay(0.1, 40, 0.01)         0.100 -> 0.0100
    if label.startswith("Inverse"):  # dots: it lies on decay's curve
        ax.plot(t, used, "o", color=c, markersize=3, label=label)
    else:  # the stepped ones drawn as steps, not slopes
        stepped = "staircase" in label or "Piecewise" in label
        drawstyle = "steps-post" if stepped else "default"
        ax.plot(t, used, color=c, drawstyle=drawstyle, label=label)
ax.set(
    xlabel="step (optimizer.iterations)", ylabel="learning rate used"
)
ax.set_title("SGD(learning_rate=0.1) with each decay, measured")
ax.legend(fontsize="small")
