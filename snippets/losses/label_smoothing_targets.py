import matplotlib.pyplot as plt
import numpy as np
import tensorflow as tf

y_true = np.array([[0.0, 0.0, 1.0, 0.0]], dtype="float32")
y_pred = np.array([[0.1, 0.2, 0.6, 0.1]], dtype="float32")
s, k = 0.2, y_true.shape[-1]  # label_smoothing, number of classes
smoothed = {  # each loss smooths the targets in its own way
    "BinaryCrossentropy": y_true * (1 - s) + 0.5 * s,
    "CategoricalCrossentropy": y_true * (1 - s) + s / k,
}
in_numpy = {
    "BinaryCrossentropy": lambda t, p: np.mean(
        -(t * np.log(p) + (1 - t) * np.log(1 - p))
    ),
    "CategoricalCrossentropy": lambda t, p: np.sum(-t * np.log(p)),
}
for name, target in smoothed.items():
    loss_class = getattr(tf.keras.losses, name)
    with_smoothing = float(
        loss_class(label_smoothing=s)(y_true, y_pred)
    )
    by_hand = float(loss_class()(target, y_pred))  # no smoothing
    assert np.isclose(with_smoothing, by_hand, rtol=1e-5)
    assert np.isclose(with_smoothing, in_numpy[name](target, y_pred))
    print(f"{name:23}", np.round(target[0], 3), round(by_hand, 4))
    #> BinaryCrossentropy      [0.1 0.1 0.9 0.1] 0.3908
    #> CategoricalCrossentropy [0.05 0.05 0.85 0.05] 0.7449
# binary: each output moves toward 0.5; categorical: still sums to 1
assert np.allclose(smoothed["BinaryCrossentropy"], [0.1, 0.1, 0.9, 0.1])
assert np.isclose(smoothed["CategoricalCrossentropy"].sum(), 1.0)

groups = {"y_true": y_true[0]}
groups.update({f"{n}\nsmoothed": t[0] for n, t in smoothed.items()})
fig, ax = plt.subplots(figsize=(6.4, 3.6))
for g, values in enumerate(groups.values()):
    bars = ax.bar(g * (k + 1) + np.arange(k), values, color=f"C{g}")
    ax.bar_label(bars, fmt="%.2g", fontsize="small")
ax.set_xticks([g * (k + 1) + (k - 1) / 2 for g in range(len(groups))])
ax.set_xticklabels(groups, fontsize="small")
ax.set(xlabel="the 4 classes of each target", ylabel="target value")
ax.set_ylim(0, 1.15)
ax.grid(False, axis="x")
ax.set_title(f"label_smoothing={s} on the target [0, 0, 1, 0]")
