"""What became of one snippet run on one release, from the worker's reply.

The snippet harness's worker (:mod:`tfnotes.harness.worker`) answers each
run with what the snippet printed, raised and drew; this module turns that
reply into one of three outcomes, judged by the harness's own rules
(:mod:`tfnotes.harness.verdict`):

* ``{"outcome": "same"}``: it raised nothing it does not declare and
  printed and drew what its committed ``#>`` comments and figures hold;
* ``{"outcome": "differs", "line": N, "was": ..., "now": ...}``: it ran,
  but line N of the committed source (a ``#>`` comment, or the line that
  declares an error) reads otherwise; ``now`` is what this run makes of it;
* ``{"outcome": "breaks", "line": N, "error": "Type: message"}``: it
  raised an error it does not declare (the error's first line), or ended,
  crashed or hung its worker.

Pure: unit-tested on hand-made replies.
"""

from typing import Dict, List, Optional, Union

from tfnotes.harness import verdict
from tfnotes.snippet import Snippet

Outcome = Dict[str, Union[str, int]]
SAME: Outcome = {"outcome": "same"}
# An error's first line is shown on a page: long ones are cut.
LONGEST = 160


def first_line(text: str) -> str:
    """The first non-empty line of ``text``, cut to :data:`LONGEST`."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= LONGEST else line[: LONGEST - 1] + "\u2026"


def error_line(error: Dict[str, object], source: str) -> str:
    """``Type: the message's first line``. The worker's ``text`` is the
    message's last line, right for TensorFlow's "in user code:" errors
    (the problem is named last) but not for others (numpy's ends with a
    link); the whole message ends the worker's traceback. A bare
    ``AssertionError`` names the assert that failed."""
    name = str(error["type"])
    traceback = str(error.get("traceback") or "")
    at = traceback.rfind(name + ": ")
    message = traceback[at + len(name) + 2:] if at >= 0 else ""
    first = first_line(message)
    if first.startswith("in user code") or not first:
        first = str(error["text"])[len(name) + 2:]
    if not first and name == "AssertionError" and error.get("line"):
        lines = source.splitlines()
        number = int(error["line"])
        first = lines[number - 1].strip() if number <= len(lines) else ""
        return "%s (%s)" % (name, first) if first else name
    return "%s: %s" % (name, first) if first else name


def breaks(line: Optional[int], error: str) -> Outcome:
    return {"outcome": "breaks", "line": line or 1, "error": first_line(error)}


def _differs(line: int, was: str, now: str) -> Outcome:
    return {"outcome": "differs", "line": line, "was": first_line(was), "now": first_line(now)}


def of_reply(snippet: Snippet, source: str, figure_hashes: List[Optional[str]],
             reply: verdict.Reply) -> Outcome:
    """The outcome of one run of ``snippet`` (whose source is ``source``,
    whose committed figures hold ``figure_hashes``: their plotted data,
    compared as for a base snippet on Keras 3, the drawing being
    matplotlib's)."""
    declared = snippet.declared_error(source)
    error = reply["error"]
    if error is not None and (declared is None or declared.name not in error["mro"]):
        return breaks(error["line"], error_line(error, source))
    if declared is not None and error is None:
        was = source.splitlines()[declared.line - 1]
        return _differs(declared.line, was, "finished without raising %s" % declared.name)
    printed = verdict.expected(source, reply)
    if printed != source:
        line = verdict.first_difference(source, reply)
        old, new = source.splitlines(), printed.splitlines()
        return _differs(line, old[line - 1] if line <= len(old) else "",
                        new[line - 1] if line <= len(new) else "")
    drawn = verdict.figure_hashes(reply)
    if drawn != list(figure_hashes):
        return _differs(1, "%d figure(s) as committed" % len(figure_hashes),
                        "%d figure(s), plotted data %s" % (
                            len(drawn), "changed" if len(drawn) == len(figure_hashes) else "other"))
    return dict(SAME)
