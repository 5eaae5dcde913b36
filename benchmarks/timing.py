"""Timing many cases in one run, round robin, so their ratios survive a noisy machine.

Every round times each case once, in the same order; a slow spell of the machine therefore
touches all cases alike rather than whichever happened to run then. A case that takes less than
``min_time`` is called several times per sample (``number``, calibrated once) and the sample is
the mean of those calls; the result of a case is the median over ``repeat`` samples.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

__all__ = ["Case", "Timing", "calibrate", "run_round_robin"]


@dataclass(frozen=True)
class Case:
    """A thing to time: ``key`` names its row and column (``("write docx", "sample")``)."""

    key: tuple[str, str]
    func: Callable[[], object]
    calibrate: bool = True


@dataclass(frozen=True)
class Timing:
    """The samples of one case, in seconds per call."""

    number: int
    samples: tuple[float, ...] = field(default=())

    @property
    def median(self) -> float:
        """The median seconds per call."""
        return statistics.median(self.samples)

    @property
    def spread(self) -> float:
        """The interquartile range relative to the median (0.05 = ±2.5 % around it); 0 with
        fewer than four samples."""
        if len(self.samples) < 4 or self.median == 0:
            return 0.0
        q1, _, q3 = statistics.quantiles(self.samples, n=4)
        return (q3 - q1) / self.median


def calibrate(func: Callable[[], object], min_time: float, limit: int = 1000) -> int:
    """How many calls of ``func`` take at least ``min_time`` seconds (1 when one call does);
    ``func`` is called at least once, which also warms it up."""
    start = time.perf_counter()
    func()
    once = time.perf_counter() - start
    if once >= min_time:
        return 1
    start = time.perf_counter()
    func()
    once = min(once, time.perf_counter() - start)
    return max(1, min(limit, int(min_time / max(once, 1e-7)) + 1))


def run_round_robin(
    cases: Sequence[Case],
    repeat: int,
    min_time: float,
    progress: Callable[[int, int], None] | None = None,
) -> dict[tuple[str, str], Timing]:
    """Time every case ``repeat`` times, round robin; return each case's :class:`Timing`.

    ``progress(round, repeat)`` is called after each round.
    """
    if repeat < 1:
        raise ValueError(f"repeat must be at least 1 (got {repeat})")
    numbers: dict[tuple[str, str], int] = {}
    for case in cases:
        if case.calibrate:
            numbers[case.key] = calibrate(case.func, min_time)
        else:
            case.func()  # warm-up: the first run pays for cold caches
            numbers[case.key] = 1
    samples: dict[tuple[str, str], list[float]] = {case.key: [] for case in cases}
    clock = time.perf_counter
    for index in range(repeat):
        # Collect between rounds, not inside a sample: a collection belongs to no one case.
        gc.collect()
        for case in cases:
            number = numbers[case.key]
            func = case.func
            start = clock()
            for _ in range(number):
                func()
            samples[case.key].append((clock() - start) / number)
        if progress is not None:
            progress(index + 1, repeat)
    return {key: Timing(numbers[key], tuple(values)) for key, values in samples.items()}
