"""The order snippets run in: snippets must pass in any order, so a run
shuffles them (a fresh seed, printed) unless told 'reverse' or 'path'.
"""

import random
from typing import Callable, List, TypeVar

Item = TypeVar("Item")


def resolve(order: str) -> str:
    """``order`` with a bare 'random' given its fresh seed, so the run can
    print it and a rerun repeat it."""
    if order == "random":
        return "random:%d" % random.SystemRandom().randrange(10**6)
    return order


def arrange(snippets: List[Item], order: str, declares: Callable[[Item], bool]) -> List[Item]:
    """``snippets`` (in path order) in the resolved ``order``; except with
    'path', the ones that ``declares`` a state change run last. Raises
    ValueError on an unknown order."""
    if order == "path":
        return list(snippets)
    arranged = list(snippets)
    if order == "reverse":
        arranged.reverse()
    elif order.startswith("random:"):
        random.Random(int(order.split(":", 1)[1])).shuffle(arranged)
    else:
        raise ValueError("--snippet-order: %r is not random, random:SEED, reverse or path" % order)
    # Each declared snippet's worker is replaced after it; run them last so
    # the last one's replacement is never needed.
    arranged.sort(key=declares)
    return arranged
