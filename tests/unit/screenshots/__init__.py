"""tfnotes.screenshots without TensorFlow, TensorBoard or a browser."""
