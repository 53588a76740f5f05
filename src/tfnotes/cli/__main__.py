"""``python -m tfnotes.cli``: what ``./tfn`` runs."""

import sys

from tfnotes.cli.main import main

sys.exit(main())
