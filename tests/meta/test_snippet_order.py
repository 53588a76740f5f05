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
            [_python("tf24"), "-m", "pytest", "-v", "-p", "no:cacheprovider", "snippets",
             "--snippet-order", order],
            cwd=str(REPO), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        for order in ("reverse", "random:20261128")
    }
    outcomes, ran = {}, {}
    for order, proc in runs.items():
        out, _ = proc.communicate(timeout=900)
        assert proc.returncode == 0, "order %s:\n%s" % (order, out[-5000:])
        summary = re.search(r"tfnotes: (\d+) of (\d+) snippets passed on TensorFlow \S+ \(order (\S+);", out)
        assert summary, "no tfnotes summary line in the %s run:\n%s" % (order, out[-3000:])
        passed, total, used = summary.groups()
        assert used == order and int(passed) == int(total) > 0, summary.group(0)
        outcomes[order] = (passed, total)
        ran[order] = re.findall(r"^(snippets/\S+)::tf\S+ PASSED", out, re.M)
    assert len(set(outcomes.values())) == 1, outcomes
    by_path = sorted(ran["reverse"])
    assert ran["reverse"] == by_path[::-1], "--snippet-order reverse did not run in reverse path order"
    assert sorted(ran["random:20261128"]) == by_path and ran["random:20261128"] not in (by_path, by_path[::-1]), (
        "--snippet-order random:SEED did not shuffle")
