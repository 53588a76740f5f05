"""Fast tests of src/tfnotes without TensorFlow, one file per module."""
