"""The compact history of an argument, on toy data."""

from tfnotes.history import summary

RELEASES = ["2.4", "2.5", "2.6", "2.7", "3.0", "3.1", "3.2"]
ALWAYS = [["2.4", "2.7"], ["3.0", "3.2"]]


def changes(runs, present=ALWAYS):
    return summary.changes(runs, present, RELEASES)


def test_a_default_that_changed_within_a_major_says_from_what_to_what():
    assert changes(
        [
            ["2.4", "2.4", "1"],
            ["2.5", "2.7", "'auto'"],
            ["3.0", "3.2", "'auto'"],
        ]
    ) == ["1 → 'auto' in 2.5"]


def test_nothing_where_only_the_major_boundary_changed():
    assert changes([["2.4", "2.7", "1"], ["3.0", "3.2", "2"]]) == []
    assert (
        changes([["2.4", "2.7", "1"]]) == []
    )  # gone in 3.x: the columns say it


def test_added_and_removed_while_the_api_stayed():
    assert changes([["2.6", "2.7", "None"]]) == ["added in 2.6"]
    assert changes([["2.4", "2.5", "None"], ["3.0", "3.2", "0"]]) == [
        "removed in 2.6"
    ]
    assert changes([["2.4", "2.4", "0"], ["2.6", "2.7", "0"]]) == [
        "removed in 2.5",
        "added in 2.6",
    ]


def test_an_argument_of_an_api_that_came_later_is_not_added():
    assert (
        changes([["2.6", "2.7", "None"]], present=[["2.6", "2.7"]])
        == []
    )


def test_fates_as_periods_open_ended_at_the_newest_release():
    lr = [
        ["2.4", "2.5", "0.001", "kwargs"],
        ["2.6", "2.7", "0.001", "ignored"],
        ["3.0", "3.0", "0.001", "kwargs"],
        ["3.1", "3.2", "0.001", "rejected"],
    ]
    assert changes(lr) == ["ignored 2.6–2.7", "rejected from 3.1"]
    assert changes(
        [["2.4", "2.5", "None", "kwargs"], ["2.6", "2.7", "None"]]
    ) == ["in signature 2.6–2.7"]


def test_of_reads_the_history_and_gives_the_whole_timeline():
    history = {
        "releases": RELEASES,
        "present": {"A": ALWAYS},
        "apis": {
            "A": {
                "x": [
                    ["2.4", "2.4", "1"],
                    ["2.5", "2.7", "2", "ignored"],
                ],
                "y": [["2.4", "2.7", "1"]],
            }
        },
    }
    found = summary.of(history, "A", "x")
    assert found.changes == ["ignored 2.5–2.7"]
    assert found.timeline == ["2.4: 1", "2.5–2.7: 2 (ignored)"]
    assert summary.of(history, "A", "y") is None
    assert summary.of(history, "A", "z") is None
    assert summary.of(history, "B", "x") is None


def test_the_keras3_runs_are_read_under_the_keras3_names():
    history = {
        "releases": RELEASES,
        "present": {"A": [["2.4", "2.7"]], "B": [["3.0", "3.2"]]},
        "apis": {
            "A": {"x": [["2.4", "2.7", "1"]]},
            "B": {"y": [["3.0", "3.0", "1"], ["3.1", "3.2", "2"]]},
        },
    }
    assert summary.of(history, "A", "x") is None
    found = summary.of(history, "A", "x", "B", "y")
    assert found.changes == ["1 → 2 in 3.1"]
    assert found.timeline == ["2.4–2.7: 1", "3.0: 1", "3.1–3.2: 2"]
