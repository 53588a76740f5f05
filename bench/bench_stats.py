"""Median and percentile for the benchmark (nan when there is no value)."""

import statistics
from typing import List


def median(values: List[float]) -> float:
    values = [v for v in values if v == v]
    return statistics.median(values) if values else float("nan")


def percentile(values: List[float], q: float) -> float:
    """Nearest-rank percentile, q in 0..100."""
    ordered = sorted(v for v in values if v == v)
    if not ordered:
        return float("nan")
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(rank) - 1]
