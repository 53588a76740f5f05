"""tfnotes.harness.order: the order snippets run in."""

import pytest

from tfnotes.harness import order

SNIPPETS = ["a", "b", "c", "d", "e", "f"]
DECLARED = {"b", "d"}


def declares(name):
    return name in DECLARED


def test_path_order_is_kept_as_collected():
    assert order.arrange(SNIPPETS, "path", declares) == SNIPPETS


def test_reverse_runs_declared_snippets_last():
    assert order.arrange(SNIPPETS, "reverse", declares) == ["f", "e", "c", "a", "d", "b"]


def test_a_random_seed_gives_one_shuffle_declared_last():
    first = order.arrange(SNIPPETS, "random:20261128", declares)
    assert first == order.arrange(SNIPPETS, "random:20261128", declares)
    assert sorted(first) == SNIPPETS and set(first[-2:]) == DECLARED
    shuffles = {tuple(order.arrange(SNIPPETS, "random:%d" % s, declares)) for s in range(20)}
    assert len(shuffles) > 1


def test_an_unknown_order_is_refused_by_name():
    with pytest.raises(ValueError, match="'sideways' is not random, random:SEED, reverse or path"):
        order.arrange(SNIPPETS, "sideways", declares)


def test_random_gets_a_seed_to_print_and_others_stay():
    assert order.resolve("random").startswith("random:")
    int(order.resolve("random").split(":")[1])
    assert order.resolve("reverse") == "reverse"
    assert order.resolve("random:5") == "random:5"
