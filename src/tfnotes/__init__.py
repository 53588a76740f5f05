"""tfnotes: the machinery behind the site (harness, includes, defaults)."""
