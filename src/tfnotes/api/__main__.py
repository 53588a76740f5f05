import sys
from pathlib import Path

from tfnotes.api import extract

sys.exit(extract.main(Path(sys.argv[1]) if len(sys.argv) > 1 else extract.ROOT))
