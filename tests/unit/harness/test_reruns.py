"""tfnotes.harness.reruns: the diagnosis runner over fake workers."""


from tfnotes.harness.reruns import Reruns
from tfnotes.harness.supervisor import WorkerDied
from tfnotes.harness.verdict import Kind, Subject
from tfnotes.snippet import Snippet

SOURCE = "print(1)\n#> 1\n"


class FakeWorker:
    def __init__(self, dies_on=()):
        self.dies_on, self.ran, self.killed = set(dies_on), [], False

    def kill(self):
        self.killed = True


class FakeSupervisor:
    def __init__(self, dies_on=()):
        self.dies_on = dies_on
        self.workers, self.recycled = [], 0

    def fresh(self):
        self.workers.append(FakeWorker(self.dies_on))
        return self.workers[-1]

    def start(self):
        return self.fresh()

    def recycle(self):
        self.recycled += 1


def make(tmp_path, printed=("1\n",), dies_on=(), changed=()):
    snippet = Snippet(tmp_path, "x.py")
    snippet.path.parent.mkdir(parents=True)
    snippet.path.write_text(SOURCE)
    outputs = list(printed)

    def run(worker, path=None, seed=None):
        worker.ran.append((path, seed))
        if (path or "self") in worker.dies_on:
            raise WorkerDied("crashed the worker process")
        shown = outputs.pop(0) if path is None and len(outputs) > 1 else outputs[0]
        return {"written": {"1": shown}, "error": None, "figures": [],
                "flipped": [], "changed": list(changed), "seed": seed}

    supervisor = FakeSupervisor(dies_on)
    subject = Subject(snippet, "2.4.4", True, (), ())
    return supervisor, Reruns(supervisor, snippet, subject, run)


def test_a_rerun_runs_the_earlier_snippets_then_it_in_one_fresh_worker(tmp_path):
    supervisor, reruns = make(tmp_path)
    first, second = reruns.after(["a.py", "b.py"], 42, then_another_seed=True)
    assert first.passed and second is None
    [worker] = supervisor.workers
    assert worker.ran == [("a.py", None), ("b.py", None), (None, 42)] and worker.killed


def test_a_failing_rerun_is_judged_again_with_another_seed(tmp_path):
    _, reruns = make(tmp_path, printed=("2\n", "1\n"))
    first, second = reruns.after([], 42, then_another_seed=True)
    assert first.kind is Kind.STALE and second.passed


def test_an_earlier_snippet_that_kills_its_worker_is_followed_by_a_fresh_one(tmp_path):
    supervisor, reruns = make(tmp_path, dies_on=("a.py",))
    first, _ = reruns.after(["a.py"], 1)
    assert first.passed and len(supervisor.workers) == 2
    assert supervisor.workers[-1].ran == [(None, 1)] and supervisor.workers[-1].killed


def test_a_rerun_that_kills_its_worker_is_a_died_verdict(tmp_path):
    supervisor, reruns = make(tmp_path, dies_on=("self",))
    first, second = reruns.after([], 1, then_another_seed=True)
    assert first.kind is Kind.DIED and second is None
    assert supervisor.workers[0].killed


def test_running_again_retires_a_worker_left_changed(tmp_path):
    supervisor, reruns = make(tmp_path, changed=[["cwd", "cwd changed"]])
    assert reruns.again()["written"] == {"1": "1\n"}
    assert supervisor.recycled == 1
    supervisor, reruns = make(tmp_path / "clean")
    reruns.again()
    assert supervisor.recycled == 0
