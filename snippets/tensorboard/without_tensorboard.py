import importlib.metadata as metadata


def requirements(*names):
    """What the first of these installed distributions requires."""
    for name in names:
        try:
            return metadata.requires(name)
        except metadata.PackageNotFoundError:
            pass
    raise LookupError("none of %s is installed" % (names,))


# pip install tensorflow (or tensorflow-cpu) brings tensorboard along
needs = requirements("tensorflow", "tensorflow-cpu")
print([r for r in needs if r.startswith("tensorboard")])
#> ['tensorboard (~=2.4)']
assert any(r.startswith("tensorboard") for r in needs)
