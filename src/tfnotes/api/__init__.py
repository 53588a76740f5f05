"""The whole public ``tf.keras`` API of one TensorFlow, read from the library.

``python -m tfnotes.api`` (run in a TF world) writes ``data/api/<world>.json``:
every public class and function under ``tf.keras`` (aliases folded), the
public methods of ``Model`` and ``Sequential``, and for each its parameters
(see :mod:`tfnotes.api.walk` and :mod:`tfnotes.api.params`). The file is
committed and checked against the library by ``tests/library/test_api_*.py``.
"""
