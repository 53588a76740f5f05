"""The snippet suite gives the same results and outputs in any order.

The main TF 2.4 stage already runs the snippets shuffled (its seed is
printed); here the real suite runs twice more, reversed and in another
shuffle, side by side. Every snippet checks its #> outputs against the
file, so three passing runs mean three identical sets of outputs."""

import re
import subprocess

from .conftest import REPO, _python


def test_snippets_pass_in_other_orders():
    runs = {
        order: subprocess.Popen(
            [_python("tf24"), "-m", "pytest", "-q", "-p", "no:cacheprovider", "snippets",
             "--snippet-order", order],
            cwd=str(REPO), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        for order in ("reverse", "random:20261128")
    }
    outcomes = {}
    for order, proc in runs.items():
        out, _ = proc.communicate(timeout=900)
        assert proc.returncode == 0, "order %s:\n%s" % (order, out[-5000:])
        outcomes[order] = re.search(r"tfnotes: (\d+) of (\d+) snippets passed", out).groups()
    assert len(set(outcomes.values())) == 1, outcomes
