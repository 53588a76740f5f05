"""The copy-paste check: every block of a page run as a reader would,
``python file.py`` in a new environment made with the page's pip line
and nothing else (:mod:`tfnotes.piplines`)."""
