"""Fast tests of src/tfnotes/api/ (standard library only)."""
