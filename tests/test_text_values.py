"""Reading Vietnamese figures back: every printed form parses to the value printed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kl224
from kl224.document.build import figure_cell, figure_text
from kl224.testing import strategies as ks
from kl224.text.format import (
    format_citation_date,
    format_count,
    format_document_citation,
    format_header_date,
    format_money,
    format_number,
    format_percent,
    format_place_date,
    format_ratio,
)
from kl224.text.values import (
    ValueTextError,
    is_not_applicable,
    parse_citation_date,
    parse_count,
    parse_decimal,
    parse_document_citation,
    parse_figure,
    parse_headcount,
    parse_header_date,
    parse_money,
    parse_number,
    parse_percent,
    parse_place_date,
    parse_ratio,
)

UNITS = st.sampled_from(["", "xã", "thôn, bản", "lượt người", "tin, bài", "người", "trang, kênh"])


# ------------------------------------------------------------------ format then parse = identity


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**30), max_value=10**30))
def test_number_round_trip(value: Decimal) -> None:
    assert parse_number(format_number(value)) == value


@given(st.decimals(min_value=-(10**15), max_value=10**15, allow_nan=False, places=4))
def test_number_round_trip_with_places(value: Decimal) -> None:
    assert parse_number(format_number(value)) == value


@given(st.integers(0, 10**15), UNITS)
def test_count_round_trip(value: int, unit: str) -> None:
    assert parse_count(format_count(value, unit), unit) == value
    assert parse_figure(figure_text(value, unit), "count", unit) == value
    assert parse_count(figure_cell(value)) == value


@given(ks.ratios(max_whole=100_000), UNITS)
def test_ratio_round_trip(ratio: kl224.Ratio, unit: str) -> None:
    assert parse_ratio(format_ratio(ratio.part, ratio.whole, unit), unit) == ratio
    assert parse_ratio(figure_cell(ratio)) == ratio
    assert parse_figure(figure_text(ratio, unit), "ratio", unit) == ratio


@given(st.decimals(min_value=0, max_value=100, places=1))
def test_percent_round_trip(value: Decimal) -> None:
    assert parse_percent(format_percent(value)) == kl224.Percent(value=value)
    assert parse_figure(figure_cell(kl224.Percent(value=value)), "percent") == kl224.Percent(
        value=value
    )


@given(ks.headcounts(), st.sampled_from(["người", "lượt người", ""]))
def test_headcount_round_trip(value: kl224.Headcount, unit: str) -> None:
    assert parse_headcount(figure_text(value, unit), unit) == value
    assert parse_headcount(figure_cell(value)) == value


@given(ks.money())
def test_money_round_trip(value: kl224.Money) -> None:
    assert parse_money(format_money(value.dong)) == value
    assert parse_money(figure_cell(value), "đồng") == value
    assert parse_money(figure_cell(value, money_in_millions=True), "triệu đồng") == value


@given(
    st.decimals(min_value=0, max_value=10**9, places=2), st.sampled_from(["", "%", "ha", "tỷ lệ"])
)
def test_decimal_round_trip(value: Decimal, unit: str) -> None:
    shown = f"{format_number(value)}%" if unit == "%" else format_count(value, unit)
    assert parse_decimal(shown, unit) == value


@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)),
    st.sampled_from(["Tam Đường", "Xã Bản Bo", "", "Lai Châu, tỉnh"]),
)
def test_dates_round_trip(day: dt.date, place: str) -> None:
    assert parse_header_date(format_header_date(day)) == day
    assert parse_citation_date(format_citation_date(day)) == day
    assert parse_place_date(format_place_date(place, day)) == (place, day)
    assert parse_place_date(format_place_date(place, None)) == (place, None)


@given(ks.document_refs())
def test_citation_round_trip(ref: kl224.DocumentRef) -> None:
    text = format_document_citation(ref.kind, ref.code, ref.date, ref.issued_by)
    kind, code, date, issued_by = parse_document_citation(text)
    assert (kind, code, date, issued_by) == (ref.kind or "Văn bản", ref.code, ref.date,
                                             ref.issued_by)


# ------------------------------------------------------------------ as people write them


@pytest.mark.parametrize(
    ("text", "kind", "unit", "expected"),
    [
        ("1.286", "count", "", 1286),
        ("1286", "count", "", 1286),
        ("1.286 tin, bài", "count", "tin, bài", 1286),
        ("  1.286   TIN,  bài. ", "count", "tin, bài", 1286),
        ("1\u00a0286", "count", "", 1286),
        ("0", "count", "", 0),
        ("", "count", "", None),
        ("–", "count", "", None),
        ("87/99 thôn, bản (đạt 87,9%)", "ratio", "thôn, bản", kl224.Ratio(part=87, whole=99)),
        ("87/99 (87,9%)", "ratio", "", kl224.Ratio(part=87, whole=99)),
        ("87 / 99", "ratio", "", kl224.Ratio(part=87, whole=99)),
        ("13/13 xã (đạt 100%)", "ratio", "xã", kl224.Ratio(part=13, whole=13)),
        ("87/99 (đạt 88%)", "ratio", "", kl224.Ratio(part=87, whole=99)),
        ("98,5%", "percent", "", kl224.Percent(value=Decimal("98.5"))),
        ("98,5 %", "percent", "", kl224.Percent(value=Decimal("98.5"))),
        ("42 người (trong đó 17 người dân tộc thiểu số)", "headcount", "người",
         kl224.Headcount(total=42, ethnic_minority=17)),
        ("42 (DTTS: 17)", "headcount", "", kl224.Headcount(total=42, ethnic_minority=17)),
        ("42 người", "headcount", "người", kl224.Headcount(total=42)),
        ("2.850.000.000 đồng", "money", "đồng", kl224.Money(dong=2_850_000_000)),
        ("2,85 tỷ đồng", "money", "đồng", kl224.Money(dong=2_850_000_000)),
        ("2,85 tỉ", "money", "đồng", kl224.Money(dong=2_850_000_000)),
        ("568,4 triệu đồng", "money", "đồng", kl224.Money(dong=568_400_000)),
        ("568,4", "money", "triệu đồng", kl224.Money(dong=568_400_000)),
        ("1.500 nghìn đồng", "money", "đồng", kl224.Money(dong=1_500_000)),
        ("2.850.000.000đ", "money", "đồng", kl224.Money(dong=2_850_000_000)),
        ("Không áp dụng", "count", "", kl224.NOT_APPLICABLE),
        ("không áp dụng (không có đồng bào dân tộc thiểu số)", "count", "",
         kl224.NotApplicable(reason="không có đồng bào dân tộc thiểu số")),
    ],
)
def test_as_written(text: str, kind: str, unit: str, expected: object) -> None:
    assert parse_figure(text, kind, unit) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "kind", "unit", "reason"),
    [
        ("1.5", "count", "", "bad-grouping"),
        ("1.28", "count", "", "bad-grouping"),
        ("1,286.5", "count", "", "not-a-number"),
        ("12,5", "count", "", "not-whole"),
        ("-3", "count", "", "negative"),
        ("abc", "count", "", "not-a-number"),
        ("47 hội nghị", "count", "người", "unit-mismatch"),
        ("12 13", "count", "", "not-a-number"),
        ("87/99 (đạt 80%)", "ratio", "", "percent-mismatch"),
        ("100/99", "ratio", "", "part-exceeds-whole"),
        ("87 của 99", "ratio", "", "not-a-number"),
        ("120%", "percent", "", "out-of-range"),
        ("98,5", "percent", "", "not-a-number"),
        ("2,8555555555 tỷ đồng", "money", "đồng", "not-whole"),
        ("5 đô la", "money", "đồng", "unit-mismatch"),
        ("42 (người Mông: 17)", "headcount", "", "not-a-number"),
    ],
)
def test_refused_with_the_text_found(text: str, kind: str, unit: str, reason: str) -> None:
    with pytest.raises(ValueTextError) as caught:
        parse_figure(text, kind, unit)  # type: ignore[arg-type]
    assert caught.value.text == text
    assert caught.value.reason == reason


def test_bad_dates_and_citations() -> None:
    for text in ("ngày 31 tháng 2 năm 2024", "Tam Đường ngày 30 tháng 10 năm 2024"):
        with pytest.raises(ValueTextError) as caught:
            parse_place_date(text)
        assert caught.value.reason == "not-a-date"
    with pytest.raises(ValueTextError, match="not-a-date"):
        parse_citation_date("30/10")
    with pytest.raises(ValueTextError):
        parse_document_citation("")


def test_not_applicable_words() -> None:
    assert is_not_applicable("KHÔNG ÁP DỤNG.")
    assert not is_not_applicable("Không áp dụng được")
