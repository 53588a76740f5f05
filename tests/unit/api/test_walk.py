"""The walker over a stand-in ``tf.keras`` (no TensorFlow): which methods
of the bases are APIs of their own."""

import types

from tfnotes.api import walk


def _module(name, **members):
    module = types.ModuleType(name)
    for key, value in members.items():
        setattr(module, key, value)
    return module


def _keras():
    """Model and Sequential over Layer over a TensorFlow plumbing class, a
    2.x-style Metric that is a Layer, and the other bases."""

    class Module:
        __module__ = "tensorflow.python.module.module"

        def with_name_scope(self, method):
            return method

    class Layer(Module):
        __module__ = "keras.src.layers.layer"

        def build(self, input_shape):
            pass

        def add_weight(self, name=None, shape=None):
            pass

        def _private(self):
            pass

    class Model(Layer):
        __module__ = "keras.src.models.model"

        def fit(self, x=None, epochs=1):
            pass

    class Sequential(Model):
        __module__ = "keras.src.models.sequential"

    class Metric(Layer):
        __module__ = "keras.src.metrics.metric"

        def reset_state(self):
            pass

        def update_state(self, *args, **kwargs):
            pass

    class Loss:
        __module__ = "keras.src.losses.loss"

        def call(self, y_true, y_pred):
            pass

    class Optimizer:
        __module__ = "keras.src.optimizers.optimizer"

        def apply_gradients(self, grads_and_vars):
            pass

    class Callback:
        __module__ = "keras.src.callbacks.callback"

        def on_epoch_end(self, epoch, logs=None):
            pass

    return _module(
        "keras", Model=Model, Sequential=Sequential,
        layers=_module("keras.layers", Layer=Layer),
        metrics=_module("keras.metrics", Metric=Metric),
        losses=_module("keras.losses", Loss=Loss),
        optimizers=_module("keras.optimizers", Optimizer=Optimizer),
        callbacks=_module("keras.callbacks", Callback=Callback))


def _methods():
    found = walk.walk(types.SimpleNamespace(keras=_keras()))
    return {api.path: api.aliases for api in found if api.kind == "method"}


def test_the_bases_methods_are_apis_under_their_class():
    methods = _methods()
    for path in ("tf.keras.metrics.Metric.reset_state", "tf.keras.metrics.Metric.update_state",
                 "tf.keras.layers.Layer.build", "tf.keras.layers.Layer.add_weight",
                 "tf.keras.losses.Loss.call", "tf.keras.optimizers.Optimizer.apply_gradients",
                 "tf.keras.callbacks.Callback.on_epoch_end"):
        assert methods.get(path) == [], path


def test_a_base_leaves_out_another_owners_methods_plumbing_and_private_names():
    methods = _methods()
    assert "tf.keras.metrics.Metric.build" not in methods  # Layer's
    assert "tf.keras.layers.Layer.with_name_scope" not in methods  # tf.Module's
    assert not [p for p in methods if "._" in p]


def test_model_keeps_its_methods_and_sequential_aliases_them():
    methods = _methods()
    assert methods["tf.keras.Model.fit"] == ["tf.keras.Sequential.fit"]
    # Layer's own entry does not take Model's away: each keeps its path.
    assert methods["tf.keras.Model.add_weight"] == ["tf.keras.Sequential.add_weight"]
    assert "tf.keras.Model.with_name_scope" in methods
