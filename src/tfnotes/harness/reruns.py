"""The reruns a diagnosis asks for (:class:`tfnotes.harness.diagnosis.Runner`),
made in the session's workers: once more in the shared worker, or after
given snippets in a fresh one that is killed afterwards."""

from typing import Callable, Optional, Sequence, Tuple

from tfnotes.harness import verdict
from tfnotes.harness.supervisor import Supervisor, Worker, WorkerDied
from tfnotes.harness.verdict import Kind, Reply, Subject, Verdict
from tfnotes.snippet import Snippet

# Runs a snippet in a worker: the diagnosed one unless a path is given,
# seeded with the given seed or the next of the run's sequence.
Run = Callable[..., Reply]


class Reruns:
    """Reruns of ``snippet`` (judged as ``subject``) through ``run``."""

    def __init__(self, supervisor: Supervisor, snippet: Snippet, subject: Subject, run: Run):
        self.supervisor, self.snippet, self.subject, self.run = supervisor, snippet, subject, run

    def again(self) -> Reply:
        worker = self.supervisor.start()
        again = self.run(worker)
        if verdict.left_state_changed(again):
            self.supervisor.recycle()
        return again

    def after(self, before: Sequence[str], seed: Optional[int],
              then_another_seed: bool = False) -> Tuple[Verdict, Optional[Verdict]]:
        worker: Worker = self.supervisor.fresh()
        try:
            for path in before:
                try:
                    self.run(worker, path)
                except WorkerDied:
                    worker = self.supervisor.fresh()
            source = self.snippet.source()
            try:
                first = verdict.judge(self.subject, source, self.run(worker, seed=seed))
                if first.passed or not then_another_seed:
                    return first, None
                return first, verdict.judge(self.subject, source, self.run(worker))
            except WorkerDied as died:
                return Verdict(Kind.DIED, str(died)), None
        finally:
            worker.kill()
