"""Properties of the public API (issue 15): any report the public strategies build validates
and renders with no internal error, and replace_at with any figure pointer and any value
either gives a report that round-trips through JSON or an error naming that pointer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import kl224
from kl224.model.figures import iter_figures
from kl224.testing import strategies as kst
from kl224.validation.engine import INTERNAL_ERROR
from profiles import examples


@settings(max_examples=examples(5))
@given(kst.reports())
def test_any_report_validates_and_renders_without_internal_error(report: kl224.Report) -> None:
    for policy in ("draft", "final"):
        result = kl224.validate(report, policy=policy)  # type: ignore[arg-type]
        assert INTERNAL_ERROR not in result.codes, [f.message for f in result.findings]
    for fmt in ("text", "docx", "pdf"):
        assert kl224.render(report, fmt)


@given(kst.reports(text=kst.hostile_text()))
def test_hostile_reports_validate_and_render_as_text(report: kl224.Report) -> None:
    assert INTERNAL_ERROR not in kl224.validate(report, policy="final").codes
    assert kl224.render(report, "text")


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-5, max_value=10**17),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=5),
    st.dates(),
    st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2030, 1, 1)),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.sampled_from(["part", "whole", "total", "ethnic_minority", "indicator", "result",
                             "target", "code", "date", "x"]),
            inner,
            max_size=3,
        ),
    ),
    max_leaves=6,
)
_MODEL_VALUES = st.one_of(
    kst.ratios(), kst.headcounts(), kst.money(), kst.percents(),
    st.lists(kst.targets(), max_size=2), st.lists(kst.document_refs(), max_size=2),
)


@given(st.data())
def test_replace_at_any_figure_round_trips_or_names_the_pointer(data: st.DataObject) -> None:
    report = data.draw(kst.reports(max_blocks=1))
    pointers = [f.pointer for f in iter_figures(report)]
    pointer = data.draw(st.sampled_from(pointers))
    value = data.draw(st.one_of(_VALUES, _MODEL_VALUES))
    error: kl224.LoadError | None = None
    try:
        edited = kl224.replace_at(report, pointer, value)
    except kl224.LoadError as caught:
        error = caught
    if error is not None:
        places = [p.pointer for p in error.problems]
        assert places and str(error).startswith(pointer), str(error)
        assert all(p == pointer or p.startswith(pointer + "/") for p in places), (places, pointer)
        return
    assert kl224.loads(kl224.dumps(edited)) == edited


def test_whole_decimal_and_float_counts_are_the_same_figure() -> None:
    report = kl224.sample_report()
    pointer = "/tasks/culture/stable_troupes"
    assert kl224.replace_at(report, pointer, Decimal(7)) == kl224.replace_at(report, pointer, 7.0)
