"""Unit tests of tfnotes.harness, one file per module, no worker started."""
