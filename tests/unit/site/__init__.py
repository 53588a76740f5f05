"""Fast tests of src/tfnotes/site/, the site layer (no mkdocs build)."""
