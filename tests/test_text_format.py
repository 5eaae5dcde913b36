"""Tests for kl224.text.format: Vietnamese numbers, percentages, ratios, dates and citations."""

from __future__ import annotations

import datetime as dt
import decimal
import json
import locale
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kl224.text
from kl224.text import format as fmt
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
    upper_vi,
)

D = Decimal


def parse_vi(text: str) -> Decimal:
    """Read a Vietnamese-style number back: drop the group dots, turn the comma into a point."""
    return Decimal(text.replace(".", "").replace(",", "."))


def oracle(value: Decimal, places: int | None) -> str:
    """The same number written by the decimal module's own formatter, marks swapped."""
    context = decimal.Context(prec=10_000, rounding=decimal.ROUND_HALF_UP)
    if places is None:
        shown = value.normalize(context)
    else:
        shown = value.quantize(Decimal((0, (1,), -places)), context=context)
    if shown.is_zero():
        shown = shown.copy_abs()
    english = format(shown, ",f")
    return english.translate(str.maketrans(",.", ".,"))


finite_decimals = st.decimals(allow_nan=False, allow_infinity=False, places=None).filter(
    lambda d: abs(d.adjusted()) < 60
)
integers = st.integers(min_value=-(10**40), max_value=10**40)
numbers = st.one_of(integers, finite_decimals)


# --------------------------------------------------------------------------------------------
# format_number


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "0"),
        (1, "1"),
        (9, "9"),
        (10, "10"),
        (999, "999"),
        (1000, "1.000"),
        (1001, "1.001"),
        (1250, "1.250"),
        (99_999, "99.999"),
        (100_000, "100.000"),
        (1_000_000, "1.000.000"),
        (1_250_000, "1.250.000"),
        (-1, "-1"),
        (-999, "-999"),
        (-1000, "-1.000"),
        (-1_250_000, "-1.250.000"),
        (10**18, "1.000.000.000.000.000.000"),
        (D("98.5"), "98,5"),
        (D("1234.50"), "1.234,5"),
        (D("1234.000"), "1.234"),
        (D("0.5"), "0,5"),
        (D("-0.5"), "-0,5"),
        (D("0.000"), "0"),
        (D("-0"), "0"),
        (D("-0.00"), "0"),
        (D("1E+3"), "1.000"),
        (D("1.5E+3"), "1.500"),
        (D("-1E+2"), "-100"),
        (D("1E-5"), "0,00001"),
        (D("123.456789012345678901234567890123"), "123,456789012345678901234567890123"),
        (
            D("123456789012345678901234567890123456.789"),
            "123.456.789.012.345.678.901.234.567.890.123.456,789",
        ),
    ],
)
def test_format_number(value: int | Decimal, expected: str) -> None:
    assert format_number(value) == expected


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (D("92.3076923"), 1, "92,3"),
        (D("92.35"), 1, "92,4"),  # half-up, not to even
        (D("92.25"), 1, "92,3"),
        (D("92.249999"), 1, "92,2"),
        (D("2.675"), 2, "2,68"),  # float(2.675) rounds to 2.67
        (D("0.05"), 1, "0,1"),
        (D("0.049"), 1, "0,0"),
        (D("0.5"), 0, "1"),
        (D("1.5"), 0, "2"),
        (D("2.5"), 0, "3"),
        (D("-2.5"), 0, "-3"),  # ties go away from zero
        (D("-0.04"), 1, "0,0"),  # no "-0,0"
        (D("9.995"), 2, "10,00"),
        (D("999.95"), 1, "1.000,0"),
        (D("999999.5"), 0, "1.000.000"),
        (D("98.5"), 3, "98,500"),
        (D("1E+3"), 2, "1.000,00"),
        (D("1E-30"), 2, "0,00"),
        (D("5E-3"), 2, "0,01"),
        (D("4E-3"), 2, "0,00"),
        (5, 2, "5,00"),
        (1250, 0, "1.250"),
        (-1250, 1, "-1.250,0"),
        (0, 3, "0,000"),
    ],
)
def test_format_number_places(value: int | Decimal, places: int, expected: str) -> None:
    assert format_number(value, places) == expected


def test_format_number_long_values() -> None:
    text = format_number(D("1E+4299"))
    assert text.replace(".", "") == "1" + "0" * 4299
    assert text.count(".") == 1433
    grouped = format_number(10**100)
    assert grouped.replace(".", "") == str(10**100)
    assert all(len(group) == 3 for group in grouped.split(".")[1:])


@pytest.mark.parametrize(
    ("value", "places", "error"),
    [
        (98.5, None, TypeError),
        (True, None, TypeError),
        ("1250", None, TypeError),
        (None, None, TypeError),
        (D("NaN"), None, ValueError),
        (D("sNaN"), None, ValueError),
        (D("Infinity"), None, ValueError),
        (D("-Infinity"), 1, ValueError),
        (D("1E+4300"), None, ValueError),
        (D("1E+999999999"), 1, ValueError),
        pytest.param(10**4300, None, ValueError, id="int-of-4301-digits"),
        (D("1E-5000"), None, ValueError),
        (1, -1, ValueError),
        (1, 1.0, TypeError),
        (1, True, TypeError),
    ],
)
def test_format_number_rejects(value: object, places: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="format_number"):
        format_number(value, places)  # type: ignore[arg-type]


def test_float_error_says_what_to_write() -> None:
    with pytest.raises(TypeError, match=r"Decimal\('98.5'\)"):
        format_number(98.5)  # type: ignore[arg-type]


def test_rounding_carries_through_the_longest_values() -> None:
    longest = D("9" * 4300 + ".95")
    text = format_number(longest, 1)
    assert text.replace(".", "") == "1" + "0" * 4300 + ",0"
    assert format_number(longest, 0).replace(".", "") == "1" + "0" * 4300
    third = format_ratio(1, 3, "xã", places=4300)
    assert third == "1/3 xã (đạt 33," + "3" * 4300 + "%)"


def test_tiny_value_rounds_without_long_work() -> None:
    assert format_number(D("1E-999999999"), 2) == "0,00"
    assert format_percent(D("-1E-999999999")) == "0%"


@given(numbers)
def test_format_number_round_trips(value: int | Decimal) -> None:
    text = format_number(value)
    assert parse_vi(text) == value
    assert re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d*[1-9])?", text)


@given(numbers, st.integers(min_value=0, max_value=6))
def test_format_number_places_matches_decimal_half_up(value: int | Decimal, places: int) -> None:
    text = format_number(value, places)
    assert text == oracle(Decimal(value), places)
    assert set(text) <= set("0123456789.,-")
    fraction = text.partition(",")[2]
    assert len(fraction) == places


@given(finite_decimals)
def test_format_number_matches_decimal_formatter(value: Decimal) -> None:
    assert format_number(value) == oracle(value, None)


@given(numbers, st.one_of(st.none(), st.integers(min_value=0, max_value=4)))
def test_format_number_alphabet(value: int | Decimal, places: int | None) -> None:
    text = format_number(value, places)
    assert set(text) <= set("0123456789.,-")
    assert text.count(",") <= 1
    assert "-" not in text[1:]
    assert "E" not in text and "e" not in text


# --------------------------------------------------------------------------------------------
# format_percent, format_count, format_money


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (D("98.5"), 1, "98,5%"),
        (D("92.307692307692307692"), 1, "92,3%"),
        (100, 1, "100%"),
        (0, 1, "0%"),
        (D("0.0"), 1, "0%"),
        (D("99.96"), 1, "100%"),
        (D("99.95"), 1, "100%"),
        (D("99.94"), 1, "99,9%"),
        (D("98.50"), 1, "98,5%"),
        (D("98.04"), 1, "98%"),
        (D("98.05"), 1, "98,1%"),
        (D("6.25"), 1, "6,3%"),  # round(6.25, 1) with floats gives 6.2
        (D("92.307"), 0, "92%"),
        (D("92.5"), 0, "93%"),
        (D("92.307"), 2, "92,31%"),
        (D("92.30"), 2, "92,3%"),
        (D("1250.5"), 1, "1.250,5%"),
        (D("-5.25"), 1, "-5,3%"),
        (D("-0.04"), 1, "0%"),
    ],
)
def test_format_percent(value: int | Decimal, places: int, expected: str) -> None:
    assert format_percent(value, places) == expected


def test_format_percent_default_places_is_one() -> None:
    assert format_percent(D("33.3333")) == "33,3%"


@pytest.mark.parametrize(("value", "places"), [(98.5, 1), (True, 1), (D("NaN"), 1), (1, -1)])
def test_format_percent_rejects(value: object, places: int) -> None:
    with pytest.raises((TypeError, ValueError), match="format_percent"):
        format_percent(value, places)  # type: ignore[arg-type]


@given(numbers, st.integers(min_value=0, max_value=4))
def test_format_percent_is_within_half_a_unit(value: int | Decimal, places: int) -> None:
    text = format_percent(value, places)
    assert text.endswith("%") and " " not in text
    number = text[:-1]
    assert not number.endswith(",") and not (("," in number) and number.endswith("0"))
    assert abs(parse_vi(number) - Decimal(value)) <= Decimal((0, (5,), -places - 1))


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (1250, "lượt người", "1.250 lượt người"),
        (0, "hội nghị", "0 hội nghị"),
        (1, "xã", "1 xã"),
        (D("2.5"), "tỷ đồng", "2,5 tỷ đồng"),
        (1250, "", "1.250"),
        (1250, "   ", "1.250"),
        (1250, " cuộc ", "1.250 cuộc"),
    ],
)
def test_format_count(value: int | Decimal, unit: str, expected: str) -> None:
    assert format_count(value, unit) == expected


def test_format_count_rejects_bad_unit() -> None:
    with pytest.raises(TypeError, match="format_count: unit"):
        format_count(1, None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("dong", "expected"),
    [
        (1_250_000_000, "1.250.000.000 đồng"),
        (0, "0 đồng"),
        (500, "500 đồng"),
        (1000, "1.000 đồng"),
    ],
)
def test_format_money(dong: int, expected: str) -> None:
    assert format_money(dong) == expected


@pytest.mark.parametrize("dong", [D("1000"), 1000.0, True, "1000"])
def test_format_money_needs_whole_dong(dong: object) -> None:
    with pytest.raises(TypeError, match="format_money"):
        format_money(dong)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# format_ratio


@pytest.mark.parametrize(
    ("part", "whole", "unit", "places", "expected"),
    [
        (12, 13, "xã", 1, "12/13 xã (đạt 92,3%)"),
        (14, 15, "xã", 1, "14/15 xã (đạt 93,3%)"),
        (13, 13, "xã", 1, "13/13 xã (đạt 100%)"),
        (0, 13, "xã", 1, "0/13 xã (đạt 0%)"),
        (0, 0, "xã", 1, "0/0 xã"),
        (0, 0, "", 1, "0/0"),
        (1250, 2000, "lượt người", 1, "1.250/2.000 lượt người (đạt 62,5%)"),
        (1, 16, "bản", 1, "1/16 bản (đạt 6,3%)"),  # 6,25 rounds up
        (1, 8, "bản", 0, "1/8 bản (đạt 13%)"),  # 12,5 rounds up
        (1, 40, "bản", 0, "1/40 bản (đạt 3%)"),  # 2,5 rounds up
        (2, 3, "xã", 0, "2/3 xã (đạt 67%)"),
        (2, 3, "xã", 2, "2/3 xã (đạt 66,67%)"),
        (1, 3, "xã", 1, "1/3 xã (đạt 33,3%)"),
        (1, 2, "xã", 2, "1/2 xã (đạt 50%)"),
        (9999, 10000, "người", 1, "9.999/10.000 người (đạt 100%)"),
        (99, 100, "", 1, "99/100 (đạt 99%)"),
    ],
)
def test_format_ratio(part: int, whole: int, unit: str, places: int, expected: str) -> None:
    assert format_ratio(part, whole, unit, places=places) == expected


def test_format_ratio_default_places_is_one() -> None:
    assert format_ratio(2, 3, "xã") == "2/3 xã (đạt 66,7%)"


@pytest.mark.parametrize(
    ("part", "whole", "error"),
    [
        (14, 13, ValueError),
        (1, 0, ValueError),
        (-1, 13, ValueError),
        (1, -13, ValueError),
        (True, 13, TypeError),
        (D(1), 13, TypeError),
        (1.0, 13, TypeError),
    ],
)
def test_format_ratio_rejects(part: object, whole: object, error: type[Exception]) -> None:
    with pytest.raises(error, match="format_ratio"):
        format_ratio(part, whole, "xã")  # type: ignore[arg-type]


_RATIO = re.compile(r"([\d.]+)/([\d.]+) xã \(đạt ([\d.,]+)%\)")


@given(st.integers(min_value=1, max_value=10**9), st.data(), st.integers(0, 3))
def test_format_ratio_reads_back(whole: int, data: st.DataObject, places: int) -> None:
    part = data.draw(st.integers(min_value=0, max_value=whole))
    match = _RATIO.fullmatch(format_ratio(part, whole, "xã", places=places))
    assert match is not None
    assert parse_vi(match.group(1)) == part
    assert parse_vi(match.group(2)) == whole
    shown = Fraction(parse_vi(match.group(3)))
    exact = Fraction(part * 100, whole)
    half = Fraction(1, 2 * 10**places)
    # Half-up: the exact share lies in [shown - half, shown + half).
    assert shown - half <= exact < shown + half


# --------------------------------------------------------------------------------------------
# Dates

_DAYS = {1: "01", 9: "09", 10: "10", 28: "28", 31: "31"}
_MONTHS = {
    1: "01",
    2: "02",
    3: "3",
    4: "4",
    5: "5",
    6: "6",
    7: "7",
    8: "8",
    9: "9",
    10: "10",
    11: "11",
    12: "12",
}


def _valid_days(month: int, year: int = 2023) -> Iterator[tuple[int, str]]:
    for day, written in _DAYS.items():
        try:
            dt.date(year, month, day)
        except ValueError:
            continue
        yield day, written


@pytest.mark.parametrize("month", range(1, 13))
def test_header_date_every_month(month: int) -> None:
    seen = 0
    for day, day_text in _valid_days(month):
        expected = f"ngày {day_text} tháng {_MONTHS[month]} năm 2023"
        assert format_header_date(dt.date(2023, month, day)) == expected
        assert format_citation_date(dt.date(2023, month, day)) == (
            f"{day_text}/{_MONTHS[month]}/2023"
        )
        seen += 1
    assert seen >= 4


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (dt.date(2024, 3, 5), "ngày 05 tháng 3 năm 2024"),
        (dt.date(2023, 2, 1), "ngày 01 tháng 02 năm 2023"),
        (dt.date(2024, 10, 12), "ngày 12 tháng 10 năm 2024"),
        (dt.date(2024, 11, 30), "ngày 30 tháng 11 năm 2024"),
        (dt.date(2024, 10, 30), "ngày 30 tháng 10 năm 2024"),
        (dt.date(2024, 2, 29), "ngày 29 tháng 02 năm 2024"),
        (dt.date(2024, 1, 31), "ngày 31 tháng 01 năm 2024"),
        (dt.date(2024, 12, 31), "ngày 31 tháng 12 năm 2024"),
        (dt.date(2000, 1, 1), "ngày 01 tháng 01 năm 2000"),
        (dt.date(9999, 12, 9), "ngày 09 tháng 12 năm 9999"),
        (dt.datetime(2024, 3, 5, 23, 59), "ngày 05 tháng 3 năm 2024"),
    ],
)
def test_format_header_date(date: dt.date, expected: str) -> None:
    assert format_header_date(date) == expected


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (dt.date(2021, 10, 18), "18/10/2021"),
        (dt.date(2024, 9, 25), "25/9/2024"),
        (dt.date(2020, 9, 30), "30/9/2020"),
        (dt.date(2021, 5, 18), "18/5/2021"),
        (dt.date(2024, 3, 5), "05/3/2024"),
        (dt.date(2023, 2, 1), "01/02/2023"),
        (dt.date(2024, 2, 29), "29/02/2024"),
        (dt.date(2000, 12, 31), "31/12/2000"),
    ],
)
def test_format_citation_date(date: dt.date, expected: str) -> None:
    assert format_citation_date(date) == expected


_HEADER = re.compile(r"ngày (\d\d) tháng (0[12]|[3-9]|1[0-2]) năm (\d+)")
_CITATION = re.compile(r"(\d\d)/(0[12]|[3-9]|1[0-2])/(\d+)")


@given(st.dates())
def test_dates_read_back(date: dt.date) -> None:
    for pattern, text in (
        (_HEADER, format_header_date(date)),
        (_CITATION, format_citation_date(date)),
    ):
        match = pattern.fullmatch(text)
        assert match is not None, text
        day, month, year = (int(group) for group in match.groups())
        assert dt.date(year, month, day) == date
        assert match.group(3) == str(date.year)  # years are never grouped or padded


@pytest.mark.parametrize("bad", ["2024-03-05", None, 20240305])
@pytest.mark.parametrize("function", [format_header_date, format_citation_date])
def test_dates_reject_non_dates(function: Callable[[dt.date], str], bad: object) -> None:
    with pytest.raises(TypeError, match=rf"{function.__name__}: date must be a datetime\.date"):
        function(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("place", "date", "expected"),
    [
        ("Tam Đường", dt.date(2024, 10, 30), "Tam Đường, ngày 30 tháng 10 năm 2024"),
        ("Tam Đường", dt.date(2024, 2, 5), "Tam Đường, ngày 05 tháng 02 năm 2024"),
        ("  Tam Đường ", dt.date(2024, 3, 5), "Tam Đường, ngày 05 tháng 3 năm 2024"),
        ("", dt.date(2024, 3, 5), "ngày 05 tháng 3 năm 2024"),
        ("   ", dt.date(2024, 3, 5), "ngày 05 tháng 3 năm 2024"),
        ("Tam Đường", None, "Tam Đường, ngày     tháng     năm     "),
        ("", None, "ngày     tháng     năm     "),
    ],
)
def test_format_place_date(place: str, date: dt.date | None, expected: str) -> None:
    assert format_place_date(place, date) == expected


def test_blank_place_date_leaves_equal_gaps() -> None:
    blank = format_place_date("Tam Đường", None)
    gaps = re.findall(r" +", blank.partition(", ")[2])
    assert gaps == [" " * 5] * 3
    assert not re.search(r"\d", blank)


def test_format_place_date_rejects() -> None:
    with pytest.raises(TypeError, match="format_place_date: date"):
        format_place_date("Tam Đường", "30/10/2024")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="format_place_date: place"):
        format_place_date(None, dt.date(2024, 1, 1))  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# format_document_citation

KL_DATE = dt.date(2021, 10, 18)


@pytest.mark.parametrize(
    ("kind", "code", "date", "issued_by", "expected"),
    [
        (
            "Kết luận",
            "224-KL/TU",
            KL_DATE,
            "Tỉnh ủy",
            "Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy",
        ),
        (
            "Công văn",
            "1323-CV/HU",
            dt.date(2024, 9, 25),
            "",
            "Công văn số 1323-CV/HU, ngày 25/9/2024",
        ),
        ("Kết luận", "224-KL/TU", None, "Tỉnh ủy", "Kết luận số 224-KL/TU của Tỉnh ủy"),
        ("Kết luận", "224-KL/TU", None, "", "Kết luận số 224-KL/TU"),
        ("", "224-KL/TU", None, "Tỉnh ủy", "Văn bản số 224-KL/TU của Tỉnh ủy"),
        ("", "224-KL/TU", KL_DATE, "", "Văn bản số 224-KL/TU, ngày 18/10/2021"),
        ("Kết luận", "", KL_DATE, "Tỉnh ủy", "Kết luận ngày 18/10/2021 của Tỉnh ủy"),
        ("Kết luận", "", None, "Tỉnh ủy", "Kết luận của Tỉnh ủy"),
        ("Kết luận", "", None, "", "Kết luận"),
        ("", "", None, "Tỉnh ủy", "Văn bản của Tỉnh ủy"),
        (
            "Kế hoạch",
            "Số 61-KH/TU",
            dt.date(2022, 2, 1),
            "Tỉnh ủy",
            "Kế hoạch số 61-KH/TU, ngày 01/02/2022 của Tỉnh ủy",
        ),
        ("Báo cáo", "số 05-BC/HU", None, "", "Báo cáo số 05-BC/HU"),
        (
            "Báo cáo",
            unicodedata.normalize("NFD", "Số ") + "05-BC/HU",
            None,
            "",
            "Báo cáo số 05-BC/HU",
        ),
        (" Kết luận ", " 224-KL/TU ", None, " Tỉnh ủy ", "Kết luận số 224-KL/TU của Tỉnh ủy"),
    ],
)
def test_format_document_citation(
    kind: str, code: str, date: dt.date | None, issued_by: str, expected: str
) -> None:
    assert format_document_citation(kind, code, date, issued_by) == expected


def test_document_citation_needs_something_to_cite() -> None:
    with pytest.raises(ValueError, match="nothing to cite"):
        format_document_citation("", " ", None, "")


def test_document_citation_rejects_bad_types() -> None:
    with pytest.raises(TypeError, match="format_document_citation: date"):
        format_document_citation("Kết luận", "224-KL/TU", "18/10/2021", "")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="format_document_citation: code"):
        format_document_citation("Kết luận", 224, None, "")  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# upper_vi

VI_LOWER = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huyện ủy Tam Đường", "HUYỆN ỦY TAM ĐƯỜNG"),
        ("đảng bộ tỉnh lai châu", "ĐẢNG BỘ TỈNH LAI CHÂU"),
        ("đ", "Đ"),
        ("Uỷ ban", "UỶ BAN"),  # old tone placement kept, not rewritten to ỦY
        ("t/m ban thường vụ", "T/M BAN THƯỜNG VỤ"),
        ("", ""),
        ("123-BC/HU", "123-BC/HU"),
    ],
)
def test_upper_vi(text: str, expected: str) -> None:
    assert upper_vi(text) == expected


def test_upper_vi_composes_decomposed_text() -> None:
    decomposed = unicodedata.normalize("NFD", "huyện ủy tam đường")
    assert decomposed != "huyện ủy tam đường"
    assert upper_vi(decomposed) == "HUYỆN ỦY TAM ĐƯỜNG"
    assert unicodedata.is_normalized("NFC", upper_vi(decomposed))


def test_upper_vi_covers_the_alphabet() -> None:
    upper = upper_vi(VI_LOWER)
    assert len(upper) == len(VI_LOWER)
    assert upper.lower() == VI_LOWER
    assert not any(char.islower() for char in upper)


@given(st.text(alphabet=VI_LOWER + VI_LOWER.upper() + " -/,.0123456789"))
def test_upper_vi_properties(text: str) -> None:
    upper = upper_vi(text)
    assert unicodedata.is_normalized("NFC", upper)
    assert upper_vi(upper) == upper
    assert upper_vi(unicodedata.normalize("NFD", text)) == upper
    assert upper.lower() == text.lower()


def test_upper_vi_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="upper_vi"):
        upper_vi(None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# Independence from the locale and the decimal context


def _sample_outputs() -> list[str]:
    return [
        format_number(1_250_000),
        format_number(D("1234.56"), 1),
        format_number(D("-98.5")),
        format_percent(D("92.35")),
        format_percent(D("99.95")),
        format_count(D("2.5"), "tỷ đồng"),
        format_ratio(12, 13, "xã"),
        format_ratio(1, 16, "bản"),
        format_money(1_250_000_000),
        format_header_date(dt.date(2024, 3, 5)),
        format_place_date("Tam Đường", dt.date(2024, 10, 30)),
        format_citation_date(dt.date(2024, 2, 1)),
        format_document_citation("Kết luận", "224-KL/TU", KL_DATE, "Tỉnh ủy"),
        upper_vi("huyện ủy tam đường"),
    ]


EXPECTED_SAMPLE = [
    "1.250.000",
    "1.234,6",
    "-98,5",
    "92,4%",
    "100%",
    "2,5 tỷ đồng",
    "12/13 xã (đạt 92,3%)",
    "1/16 bản (đạt 6,3%)",
    "1.250.000.000 đồng",
    "ngày 05 tháng 3 năm 2024",
    "Tam Đường, ngày 30 tháng 10 năm 2024",
    "01/02/2024",
    "Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy",
    "HUYỆN ỦY TAM ĐƯỜNG",
]


def test_sample_outputs() -> None:
    assert _sample_outputs() == EXPECTED_SAMPLE


def test_independent_of_the_decimal_context() -> None:
    with decimal.localcontext() as context:
        context.prec = 2
        context.rounding = decimal.ROUND_FLOOR
        context.Emax = 3
        context.traps[decimal.Inexact] = True
        context.traps[decimal.Rounded] = True
        assert _sample_outputs() == EXPECTED_SAMPLE
        assert format_number(D("123456789.987654321")) == "123.456.789,987654321"
        assert format_number(D("123456789.95"), 1) == "123.456.790,0"


@pytest.mark.parametrize(
    "name", ["vi_VN.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8", "en_US.UTF-8", "C.UTF-8"]
)
def test_independent_of_the_locale(name: str) -> None:
    saved = locale.setlocale(locale.LC_ALL)
    try:
        try:
            locale.setlocale(locale.LC_ALL, name)
        except locale.Error:
            pytest.skip(f"locale {name} is not installed")
        assert _sample_outputs() == EXPECTED_SAMPLE
    finally:
        locale.setlocale(locale.LC_ALL, saved)


_IN_LOCALE = """
import json, locale
from decimal import Decimal
from datetime import date
locale.setlocale(locale.LC_ALL, "")
from kl224.text import format_number, format_percent, format_ratio, format_header_date
conv = locale.localeconv()
print(json.dumps([
    locale.setlocale(locale.LC_ALL),
    conv["decimal_point"],
    conv["thousands_sep"],
    format_number(1_250_000),
    format_number(Decimal("1234.56"), 1),
    format_percent(Decimal("92.35")),
    format_ratio(1250, 2000, "lượt người"),
    format_header_date(date(2024, 3, 5)),
]))
"""


@pytest.mark.skipif(
    shutil.which("localedef") is None or not os.path.exists("/usr/share/i18n/locales/en_US"),
    reason="localedef or the en_US locale source is not available",
)
def test_independent_of_a_compiled_english_locale(tmp_path: Path) -> None:
    # en_US writes 1,234.5 — the opposite of Vietnamese — so leaking it would show at once.
    subprocess.run(
        ["localedef", "-i", "en_US", "-f", "UTF-8", str(tmp_path / "en_US.UTF-8")],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "LOCPATH": str(tmp_path), "LC_ALL": "en_US.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", _IN_LOCALE], env=env, check=True, capture_output=True, text=True
    )
    assert json.loads(done.stdout) == [
        "en_US.UTF-8",
        ".",
        ",",
        "1.250.000",
        "1.234,6",
        "92,4%",
        "1.250/2.000 lượt người (đạt 62,5%)",
        "ngày 05 tháng 3 năm 2024",
    ]


def test_module_does_not_use_the_locale() -> None:
    assert "locale" not in vars(fmt)


def test_public_names_are_exported_from_kl224_text() -> None:
    for name in fmt.__all__:
        assert getattr(kl224.text, name) is getattr(fmt, name)
        assert name in kl224.text.__all__
