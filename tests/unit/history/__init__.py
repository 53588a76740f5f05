"""Fast tests of src/tfnotes/history/ (standard library only, no TF)."""
