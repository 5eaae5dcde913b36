"""Numbers and dates written the way a Vietnamese Party document writes them.

``.`` groups thousands and ``,`` is the decimal mark (``1.250``, ``98,5%``); a date line reads
``ngày 05 tháng 3 năm 2024`` and a citation ``Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy``.

Every function here is pure: it reads neither the process locale nor the current
:mod:`decimal` context, and rounds half-up by exact digit arithmetic, never through ``float``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from typing import Final

__all__ = [
    "format_citation_date",
    "format_count",
    "format_document_citation",
    "format_header_date",
    "format_money",
    "format_number",
    "format_percent",
    "format_place_date",
    "format_ratio",
    "upper_vi",
]

# Beyond this many digits a figure is a data error, not a number anyone writes in a report; the
# cap also keeps a hostile ``Decimal("1E+999999999")`` from allocating a gigabyte string.
_MAX_DIGITS: Final = 4300

# A draft leaves the day, month and year for the signer to write by hand; five spaces, the same
# gap a draft leaves for the document number (``Số     -BC/HU``).
_BLANK: Final = " " * 5

_GENERIC_KIND: Final = "Văn bản"


# --------------------------------------------------------------------------------------------
# Numbers.


def _exact(value: object, function: str, name: str = "value") -> Decimal:
    """Return ``value`` as an exact finite Decimal, or raise a TypeError/ValueError saying why."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        hint = (
            f"; write Decimal({str(value)!r}) instead, binary floats do not round as written"
            if isinstance(value, float)
            else ""
        )
        raise TypeError(
            f"{function}: {name} must be an int or a decimal.Decimal, "
            f"not {type(value).__name__}{hint}"
        )
    # Decimal(int) is exact whatever the context precision and never goes through str(int).
    number = value if isinstance(value, Decimal) else Decimal(value)
    if not number.is_finite():
        raise ValueError(f"{function}: {name} must be a finite number, not {number}")
    return number


def _check_places(places: object, function: str) -> int:
    if isinstance(places, bool) or not isinstance(places, int):
        raise TypeError(f"{function}: places must be an int, not {type(places).__name__}")
    if not 0 <= places <= _MAX_DIGITS:
        raise ValueError(f"{function}: places must lie between 0 and {_MAX_DIGITS} (got {places})")
    return places


def _too_long(function: str, digits: int) -> ValueError:
    return ValueError(
        f"{function}: a number of {digits} digits is too long to write in a report "
        f"(at most {_MAX_DIGITS}); check the value"
    )


def _digits(number: Decimal, places: int | None, function: str) -> tuple[bool, str, str]:
    """Split ``number`` into (negative, integer digits, fraction digits).

    With ``places`` the fraction has exactly that many digits, rounded half-up (ties away from
    zero); without, it is exact with trailing zeros dropped. A value that rounds to zero loses
    its sign, so ``-0,04`` never prints as ``-0,0``.
    """
    sign, digit_tuple, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # finite, checked by _exact
    coefficient = "".join(map(str, digit_tuple)).lstrip("0")
    if not coefficient:
        coefficient, exponent = "", 0
    int_length = len(coefficient) + exponent
    if int_length > _MAX_DIGITS:
        raise _too_long(function, int_length)

    if places is None:
        stripped = coefficient.rstrip("0")
        exponent += len(coefficient) - len(stripped)
        coefficient = stripped
        if exponent >= 0:
            whole, fraction = coefficient + "0" * exponent, ""
        else:
            if -exponent > _MAX_DIGITS:
                raise _too_long(function, -exponent)
            padded = coefficient.rjust(1 - exponent, "0")
            whole, fraction = padded[:exponent], padded[exponent:]
    else:
        if exponent >= -places:
            scaled = coefficient + "0" * (exponent + places) if coefficient else ""
        else:
            dropped = -places - exponent
            if dropped > len(coefficient):
                scaled = ""  # below half a unit of the last place: rounds to zero
            else:
                kept = coefficient[: len(coefficient) - dropped]
                # Half-up depends only on the first dropped digit: >= 5 means the rest is >= half.
                if coefficient[len(coefficient) - dropped] >= "5":
                    kept = _increment(kept)
                scaled = kept.lstrip("0")
        padded = scaled.rjust(places + 1, "0")
        whole, fraction = padded[: len(padded) - places], padded[len(padded) - places :]

    whole = whole.lstrip("0") or "0"
    negative = bool(sign) and (whole != "0" or fraction.strip("0") != "")
    return negative, whole, fraction


def _increment(digits: str) -> str:
    """Add one to a digit string; done on the string since int() refuses over 4300 digits."""
    head = digits.rstrip("9")
    carried = "0" * (len(digits) - len(head))
    if not head:
        return "1" + carried
    return head[:-1] + str(int(head[-1]) + 1) + carried


def _group(whole: str) -> str:
    head = len(whole) % 3 or 3
    groups = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
    return ".".join(groups)


def _render(negative: bool, whole: str, fraction: str) -> str:
    text = _group(whole)
    if fraction:
        text = f"{text},{fraction}"
    return f"-{text}" if negative else text


def format_number(value: int | Decimal, places: int | None = None) -> str:
    """Write a number in Vietnamese style: ``.`` groups thousands, ``,`` is the decimal mark.

    ``format_number(1250)`` is ``"1.250"``, ``format_number(Decimal("1234.50"))`` is
    ``"1.234,5"``. Without ``places`` the value is written exactly and trailing zeros of the
    fraction are dropped; with ``places`` it is rounded half-up to that many decimals and shows
    all of them (``format_number(Decimal("92.307"), 1)`` is ``"92,3"``, ``places=2`` of ``5``
    is ``"5,00"``). Negative numbers get a leading ``-``; there is never an exponent.

    Raises TypeError for anything but ``int`` or ``Decimal`` (``float`` included: pass a
    Decimal) and ValueError for infinities, NaN or absurdly long numbers.
    """
    number = _exact(value, "format_number")
    if places is not None:
        places = _check_places(places, "format_number")
    return _render(*_digits(number, places, "format_number"))


def _rounded_text(number: Decimal, places: int, function: str) -> str:
    """``number`` rounded half-up to ``places`` and written without trailing zeros."""
    negative, whole, fraction = _digits(number, places, function)
    return _render(negative, whole, fraction.rstrip("0"))


def format_percent(value: Decimal | int, places: int = 1) -> str:
    """Write a percentage: rounded half-up to ``places`` decimals, trailing zeros dropped.

    ``Decimal("98.5")`` gives ``"98,5%"``, ``Decimal("92.307")`` ``"92,3%"``, ``100`` ``"100%"``
    and ``Decimal("99.96")`` ``"100%"``. There is no space before ``%``.
    """
    number = _exact(value, "format_percent")
    places = _check_places(places, "format_percent")
    return _rounded_text(number, places, "format_percent") + "%"


def format_count(value: int | Decimal, unit: str) -> str:
    """Write a counted figure and its unit: ``format_count(1250, "lượt người")`` is
    ``"1.250 lượt người"``; an empty unit gives the number alone."""
    number = format_number(value)
    unit = _text(unit, "format_count", "unit")
    return f"{number} {unit}" if unit else number


def _count(value: object, function: str, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{function}: {name} must be an int, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{function}: {name} must not be negative (got {value})")
    return value


def format_ratio(part: int, whole: int, unit: str, *, places: int = 1) -> str:
    """Write a ratio both ways, as reports do: ``"12/13 xã (đạt 92,3%)"``.

    Both counts are grouped (``"1.250/2.000 lượt người (đạt 62,5%)"``); the percentage is
    ``part / whole`` computed exactly and rounded half-up to ``places`` with trailing zeros
    dropped. A zero whole gives ``"0/0 xã"`` with no percentage. Raises ValueError for negative
    counts or a part larger than its whole.
    """
    part = _count(part, "format_ratio", "part")
    whole = _count(whole, "format_ratio", "whole")
    places = _check_places(places, "format_ratio")
    unit = _text(unit, "format_ratio", "unit")
    if part > whole:
        raise ValueError(
            f"format_ratio: part ({part}) must not exceed whole ({whole}); "
            "a ratio counts how many of the whole"
        )
    text = f"{format_number(part)}/{format_number(whole)}"
    if unit:
        text = f"{text} {unit}"
    if whole == 0:
        return text
    # Integer division keeps the percentage exact however many digits the quotient has.
    scale = 10**places
    quotient, remainder = divmod(part * 100 * scale, whole)
    if 2 * remainder >= whole:
        quotient += 1
    # Built from a tuple: exact, blind to the decimal context, and no str(int) digit limit.
    share = Decimal((0, Decimal(quotient).as_tuple().digits, -places))
    return f"{text} (đạt {_rounded_text(share, places, 'format_ratio')}%)"


def format_money(dong: int) -> str:
    """Write an amount in đồng: ``format_money(1250000000)`` is ``"1.250.000.000 đồng"``."""
    if isinstance(dong, bool) or not isinstance(dong, int):
        raise TypeError(
            f"format_money: dong must be a whole number of đồng (int), not {type(dong).__name__}"
        )
    return f"{format_number(dong)} đồng"


# --------------------------------------------------------------------------------------------
# Dates.


def _date(value: object, function: str) -> dt.date:
    if not isinstance(value, dt.date):
        raise TypeError(
            f"{function}: date must be a datetime.date such as date(2024, 3, 5), "
            f"not {type(value).__name__}"
        )
    return value


def _day(date: dt.date) -> str:
    return f"{date.day:02d}"


def _month(date: dt.date) -> str:
    # Only January and February are padded, so "tháng 02" cannot be misread as "tháng 12".
    return f"{date.month:02d}" if date.month <= 2 else str(date.month)


def format_header_date(date: dt.date) -> str:
    """Write the date of a document's header: ``"ngày 05 tháng 3 năm 2024"``.

    Days 1–9 and the months January and February take a leading zero, other months do not
    (``"ngày 01 tháng 02 năm 2023"``, ``"ngày 30 tháng 11 năm 2024"``); the year is never grouped.
    """
    date = _date(date, "format_header_date")
    return f"ngày {_day(date)} tháng {_month(date)} năm {date.year}"


def format_place_date(place: str, date: dt.date | None) -> str:
    """Write the place-and-date line: ``"Tam Đường, ngày 30 tháng 10 năm 2024"``.

    With ``date=None`` it gives the blank form a draft uses, five spaces where the signer will
    write the day, the month and the year: ``"Tam Đường, ngày     tháng     năm     "``. An empty
    place gives the date part alone, in lower case (``"ngày 05 tháng 3 năm 2024"``).
    """
    place = _text(place, "format_place_date", "place")
    if date is None:
        when = f"ngày{_BLANK}tháng{_BLANK}năm{_BLANK}"
    else:
        when = format_header_date(_date(date, "format_place_date"))
    return f"{place}, {when}" if place else when


def format_citation_date(date: dt.date) -> str:
    """Write a date inside a citation: ``"18/10/2021"``.

    It pads like the header date — days 1–9 and months 1–2 take a leading zero, other months do
    not — so ``"05/3/2024"``, ``"25/9/2024"`` and ``"01/02/2023"``, matching the outline's
    ``ngày 25/9/2024``.
    """
    date = _date(date, "format_citation_date")
    return f"{_day(date)}/{_month(date)}/{date.year}"


def _text(value: object, function: str, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{function}: {name} must be a str, not {type(value).__name__}")
    return value.strip()


def _strip_so(code: str) -> str:
    """Drop a leading ``Số``/``số`` so ``"Số 215-BC/HU"`` is not cited as ``số Số 215``."""
    head, _, rest = code.partition(" ")
    is_so = unicodedata.normalize("NFC", head).casefold() == "số"
    return rest.strip() if rest and is_so else code


def format_document_citation(kind: str, code: str, date: dt.date | None, issued_by: str) -> str:
    """Cite a document in the body: ``"Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy"``.

    Empty parts are left out with their connecting words: without a date there is no
    ``", ngày …"``, without an issuer no ``" của …"``, and without a code the date follows the
    kind directly (``"Kết luận ngày 18/10/2021 của Tỉnh ủy"``). An empty ``kind`` is written
    ``"Văn bản"`` (document), so the citation still reads as a noun in a sentence. ``code`` may
    carry a leading ``"Số "``, which is dropped. Raises ValueError when every part is empty.
    """
    function = "format_document_citation"
    kind = _text(kind, function, "kind")
    code = _strip_so(_text(code, function, "code"))
    issued_by = _text(issued_by, function, "issued_by")
    if date is not None:
        date = _date(date, function)
    if not (kind or code or date or issued_by):
        raise ValueError(
            f"{function}: nothing to cite; give at least the document's kind, code, date or issuer"
        )
    text = kind or _GENERIC_KIND
    if code:
        text = f"{text} số {code}"
        if date is not None:
            text = f"{text}, ngày {format_citation_date(date)}"
    elif date is not None:
        text = f"{text} ngày {format_citation_date(date)}"
    if issued_by:
        text = f"{text} của {issued_by}"
    return text


# --------------------------------------------------------------------------------------------
# Case.


def upper_vi(text: str) -> str:
    """Upper-case Vietnamese text (``"Huyện ủy Tam Đường"`` → ``"HUYỆN ỦY TAM ĐƯỜNG"``).

    The result is NFC, so text typed decomposed (NFD) comes out as the precomposed capitals a
    font and a search both expect; the tone placement typed (``Uỷ`` or ``Ủy``) is kept.
    """
    if not isinstance(text, str):
        raise TypeError(f"upper_vi: text must be a str, not {type(text).__name__}")
    return unicodedata.normalize("NFC", text.upper())
