"""The snippet suite gives the same results and outputs in any order.

The main TF 2.4 stage already runs the snippets shuffled (its seed is
printed); here the real suite runs twice more, reversed and in another
shuffle, side by side. Every snippet checks its #> outputs against the
file, so three passing runs mean three identical sets of outputs. In both
orders the snippets that declare a process-state change run last (their
worker is replaced after each, and the last one's never needs to be)."""

import re
import subprocess

from tfnotes.snippet import CHANGES_STATE

from .conftest import REPO, _python


def _declares(node: str) -> bool:
    return bool(CHANGES_STATE.search((REPO / node).read_text(encoding="utf-8")))


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
    declared = [p for p in by_path if _declares(p)]
    assert declared, "no snippet declares '# Changes process state on purpose'"
    reverse = [p for p in by_path[::-1] if p not in declared] + declared[::-1]
    assert ran["reverse"] == reverse, (
        "--snippet-order reverse did not run in reverse path order, declared snippets last")
    shuffled = ran["random:20261128"]
    assert sorted(shuffled) == by_path and shuffled not in (by_path, reverse), (
        "--snippet-order random:SEED did not shuffle")
    assert sorted(shuffled[-len(declared):]) == declared, (
        "--snippet-order random:SEED did not run the declared snippets last")
