"""The committed history (data/history/): every release there, each
file sealed by the current extractor and its lock, enough APIs walked in
each, and history.json what the generator makes of them. Re-extracting a
release is ``./tfn history --verify``; the per-push check re-extracts one,
rotating with the commit (``./tfn history --check``)."""

import json
import statistics

import pytest

from tfnotes.cli import history as history_cli
from tfnotes.history import build, releases, store

# A release that walked far fewer APIs than the others lost most of its
# API to an error (an import that failed, a namespace not reached).
FEWEST = 0.6


@pytest.fixture(scope="module")
def datas():
    return {name: store.load(name) for name in releases.NAMES}


@pytest.mark.parametrize("release", releases.RELEASES, ids=lambda r: r.name)
def test_seal_holds(release):
    problems = history_cli.seal_problems(release)
    assert not problems, "\n".join(problems)


def test_completeness(datas, capsys):
    """Prints, per release, the APIs, parameters and hidden arguments walked."""
    missing = [name for name, data in datas.items() if not data]
    assert not missing, "no data for release(s) %s: run ./tfn history --update RELEASE" % ", ".join(missing)
    counts = {name: store.counts(data) for name, data in datas.items()}
    with capsys.disabled():
        print("\nrelease  TensorFlow  Keras    APIs  parameters  hidden")
        for name, (apis, params, hidden) in counts.items():
            print("%-8s %-11s %-8s %5d  %10d  %6d" % (
                name, datas[name]["tensorflow"], datas[name]["keras"], apis, params, hidden))
    typical = statistics.median(apis for apis, _, _ in counts.values())
    few = ["%s: %d APIs (typical %d)" % (name, apis, typical)
           for name, (apis, _, _) in counts.items() if apis < FEWEST * typical]
    assert not few, "suspiciously few APIs walked:\n" + "\n".join(few)


def test_history_json_is_the_generators_output(datas):
    names = [name for name in releases.NAMES if datas[name]]  # a missing one fails above
    made = build.history(names, [datas[name] for name in names])
    committed = json.loads(store.HISTORY.read_text(encoding="utf-8"))
    assert committed == made, "data/history/history.json is stale: run ./tfn history --update RELEASE"


def test_hidden_arguments_carry_a_mark_and_resolved_defaults():
    """The example of issue 17 is in the data: TF 2.4's Adam takes ``lr``
    through ``**kwargs``, its default that of ``learning_rate``."""
    committed = json.loads(store.HISTORY.read_text(encoding="utf-8"))
    adam = committed["apis"]["tf.keras.optimizers.Adam"]
    first = releases.NAMES[0]
    assert adam["lr"][0][0] == first and adam["lr"][0][3] == "kwargs"
    assert adam["lr"][0][2] == adam["learning_rate"][0][2]
    marks = {run[3] for api in committed["apis"].values() for found in api.values()
             for run in found if len(run) > 3}
    assert marks <= {"kwargs", "ignored", "rejected"}, marks


def test_the_rotating_release_re_extracts_as_committed(capsys):
    """The per-push check: one release, chosen by the commit, walked
    afresh in its own world (built from its lock when missing) must give
    the committed data; every release is thus verified regularly."""
    head = history_cli.head()
    chosen = history_cli.rotating(head)
    code = history_cli.verify(chosen.name)
    assert code == 0, "release %s (chosen by HEAD %s) no longer matches:\n%s" % (
        chosen.name, head[:12], capsys.readouterr().out)
