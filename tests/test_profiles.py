"""The suite's Hypothesis profiles (tests/profiles.py): CI draws the same examples on every run,
so it can only turn red on a change; the deep sweep is random and scales the slow properties."""

from __future__ import annotations

from hypothesis import given, settings

import kl224
import profiles
from kl224.testing import strategies as kst
from profiles import examples


def test_ci_is_derandomized_and_the_sweep_is_not() -> None:
    ci, deep = settings.get_profile("ci"), settings.get_profile("deep")
    assert ci.derandomize and ci.database is None and ci.deadline is None
    assert not deep.derandomize and deep.max_examples > ci.max_examples


def test_two_runs_under_ci_draw_the_same_reports() -> None:
    runs: list[list[str]] = [[], []]
    for drawn in runs:

        @settings(settings.get_profile("ci"), max_examples=5)
        @given(kst.reports(max_blocks=1))
        def check(report: kl224.Report) -> None:
            drawn.append(kl224.dumps(report))  # noqa: B023 - each run appends to its own list

        check()
    assert runs[0] == runs[1] and len(runs[0]) == 5


def test_slow_properties_scale_with_the_profile() -> None:
    try:
        settings.load_profile("ci")
        assert examples(4) == 4
        settings.load_profile("deep")
        assert examples(4) == round(4 * settings.get_profile("deep").max_examples / 30) > 4
    finally:
        profiles.load()
