"""``python -m tfnotes.claims [ROOT]``: check every claims ledger of the
project at ROOT (default: the working directory); each problem on its
own line, naming the ledger file and entry; exit status 1 if any."""

import sys
from pathlib import Path

from tfnotes.claims.ledger import check


def main(argv):
    root = Path(argv[0] if argv else ".").resolve()
    claims, problems = check(root)
    for problem in problems:
        print(problem)
    print(
        "tfnotes.claims: %d claims, %d problems"
        % (len(claims), len(problems))
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
