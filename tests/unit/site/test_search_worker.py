"""The site's search worker (docs/javascripts/search-worker.js) answers
only the newest of the queries waiting, naming it, with material's own
answer: run in Node with the installed theme's worker."""

import json
import shutil
import subprocess
from pathlib import Path

import material
import pytest

ROOT = Path(__file__).resolve().parents[3]
SITE_WORKER = ROOT / "docs" / "javascripts" / "search-worker.js"
DRIVER = Path(__file__).with_name("search_worker.js")
INDEX = {
    "config": {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stopWordFilter"],
               "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}},
    "docs": [
        {"location": "none/", "title": "None", "text": "the value none"},
        {"location": "nonlinear/", "title": "Nonlinear", "text": "not a line"},
        {"location": "other/", "title": "Other", "text": "nothing of it"},
    ],
}


def _material_worker() -> Path:
    folder = Path(material.__file__).parent / "templates" / "assets" / "javascripts" / "workers"
    (found,) = folder.glob("search.*.min.js")
    return found


def _answers(tmp_path, bursts, site_worker=SITE_WORKER):
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not on PATH: the search checks need Node.js (Debian: apt-get install nodejs)")
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"index": INDEX, "bursts": bursts}), encoding="utf-8")
    run = subprocess.run([node, str(DRIVER), str(site_worker), str(_material_worker()), str(plan)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return [tuple(a) for a in json.loads(run.stdout)]


def test_queries_that_arrive_together_get_one_answer_for_the_newest(tmp_path):
    answers = _answers(tmp_path, [["n", "no", "non", "none"]])
    assert [query for query, _ in answers] == ["none"], answers
    assert answers[0][1] and answers[0][1][0] == "None", answers


def test_a_query_alone_is_answered_as_material_answers_it(tmp_path):
    bursts = [["n"], ["no"], ["nothing"]]
    alone = _answers(tmp_path, bursts)
    plain = _answers(tmp_path, bursts, site_worker="-")
    assert [query for query, _ in alone] == ["n", "no", "nothing"], alone
    assert [titles for _, titles in alone] == [titles for _, titles in plain], (alone, plain)
    assert set(plain[0][1]) == {"None", "Nonlinear", "Other"} and plain[2][1] == ["Other"], plain
