"""Example values for the required arguments of classes, so that each can
be constructed (for its ``get_config()`` and to try its hidden arguments).

A value is looked up by (API, argument), then by argument name alone.
Values are built lazily in the process's own TensorFlow (``tf``), so the
same table serves both worlds.
"""

from typing import Dict, Tuple


def _by_name(tf) -> Dict[str, object]:
    return {
        "units": 2, "filters": 2, "kernel_size": 3, "pool_size": 2, "rate": 0.5,
        "target_shape": (2,), "dims": (1,), "n": 2, "size": 2, "input_dim": 4,
        "output_dim": 2, "height": 2, "width": 2, "factor": 0.1, "scale": 1.0,
        "num_heads": 2, "key_dim": 2, "output_shape": (2,), "equation": "ab,bc->ac",
        "function": tf.identity, "cell": lambda: tf.keras.layers.SimpleRNNCell(2),
        "layer": lambda: tf.keras.layers.Dense(2), "axis": -1, "cropping": 1,
        "padding": 1, "depth_multiplier": 1, "stddev": 0.1, "l1": 0.01, "l2": 0.01,
        "max_value": 1.0, "offset": 0.0, "num_classes": 2, "thresholds": [0.5],
        "initial_learning_rate": 0.1, "decay_steps": 10, "decay_rate": 0.9,
        "boundaries": [10], "values": [0.1, 0.01], "end_learning_rate": 0.01,
        "first_decay_steps": 10, "alpha": 0.1, "recall": 0.5, "precision": 0.5,
        "specificity": 0.5, "sensitivity": 0.5, "class_id": 0, "filepath": "model.h5",
        "log_dir": "logs", "schedule": lambda: (lambda epoch: 0.1), "root": "http://localhost",
        "filename": "log.csv", "backup_dir": "backup", "feature_columns": [],
        "optimizer": lambda: tf.keras.optimizers.SGD(), "inner_optimizer": lambda: tf.keras.optimizers.SGD(),
        "loss_scale": "dynamic", "name": "float32", "fn": tf.identity, "normalized_shape": (2,),
        "max_tokens": 10, "num_tokens": 10, "bins": [0.0], "bin_boundaries": [0.0],
        "num_bins": 2, "mean": 0.0, "variance": 1.0, "sequence_length": 2,
        "hash_bucket_size": 2, "num_bins_or_boundaries": 2, "output_mode": "int",
        "depth": 2, "model": None, "sample_rate": 16000, "value_range": (0, 255),
        "crop_size": 2, "shape": (2,), "input_shape": (2,), "batch_shape": (None, 2),
        "vocabulary": ["a", "b"], "linear_model": None, "dnn_model": None,
        "data": [[1.0]], "targets": [1.0], "length": 1, "num_outputs": 2,
        "nested_dtype": None, "center": True, "build_fn": None,
        "x": [[1.0]], "y": [1.0], "generator": None, "sequence": None,
        "step_size": 1, "lower": 0.0, "upper": 1.0, "minval": 0.0, "maxval": 1.0,
        "activation": "relu", "axes": 1, "cells": lambda: [tf.keras.layers.SimpleRNNCell(2)],
        "height_factor": 0.1, "width_factor": 0.1, "normalizer": [1.0],
    }


# (API path, argument): a value the name table gets wrong for that API.
_BY_API: Dict[Tuple[str, str], object] = {
    ("tf.keras.layers.experimental.preprocessing.CategoryCrossing", "depth"): None,
    ("tf.keras.layers.experimental.preprocessing.Hashing", "num_bins"): 2,
    ("tf.keras.layers.Cropping1D", "cropping"): (1, 1),
    ("tf.keras.layers.ZeroPadding1D", "padding"): 1,
    ("tf.keras.layers.Bidirectional", "layer"): lambda: __import__("tensorflow").keras.layers.LSTM(2),
    ("tf.keras.preprocessing.sequence.TimeseriesGenerator", "data"): [[1.0]] * 10,
    ("tf.keras.preprocessing.sequence.TimeseriesGenerator", "targets"): [1.0] * 10,
}


def value(api: str, name: str, tf):
    """An example value of a required argument (KeyError if none)."""
    if (api, name) in _BY_API:
        found = _BY_API[(api, name)]
    else:
        found = _by_name(tf)[name]
    return found() if callable(found) and getattr(found, "__name__", "") == "<lambda>" else found
