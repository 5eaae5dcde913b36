"""Figures and dates read back from Vietnamese text, as people write them.

The inverse of :mod:`kl224.text.format`: ``1.286`` and ``1286`` are 1286, ``98,5%`` is
``Percent(98.5)``, ``87/99 thôn, bản (đạt 87,9%)`` is ``Ratio(87, 99)``,
``42 người (trong đó 17 người dân tộc thiểu số)`` and the table form ``42 (DTTS: 17)`` are
``Headcount(42, 17)``, ``2.850.000.000 đồng`` and ``2,85 tỷ đồng`` are ``Money(2850000000)``,
``Không áp dụng`` is :data:`~kl224.model.NOT_APPLICABLE`, and an empty cell (or ``–``) is not
reported (``None``). Dates: ``ngày 05 tháng 3 năm 2024`` and ``18/10/2021``.

Handwritten by necessity: no library reads Vietnamese number style (``.`` groups thousands and
``,`` is the decimal mark — the reverse of what ``locale``-free parsers and Babel's ``vi``
data assume for grouping by spaces), nor the ratio, headcount and money phrases of a Party
report. Parsing never guesses: ``1.5`` (a group of one digit after a dot), a decimal where a
count is due, a percentage that contradicts its ratio or a unit that is not the figure's are
refused with :class:`ValueTextError`, which carries the text found; the caller adds where it
was found. Every ``parse_*`` function reads exactly what the matching ``format_*`` function
(and the document's table cells) print, which the test-suite checks property by property.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal
from typing import Final, Literal

from kl224.model.values import (
    NOT_APPLICABLE,
    FigureKind,
    Headcount,
    Money,
    NotApplicable,
    Percent,
    Ratio,
)

__all__ = [
    "NOT_REPORTED_MARKS",
    "ValueTextError",
    "is_not_applicable",
    "is_not_reported",
    "parse_citation_date",
    "parse_count",
    "parse_decimal",
    "parse_document_citation",
    "parse_figure",
    "parse_headcount",
    "parse_header_date",
    "parse_money",
    "parse_number",
    "parse_percent",
    "parse_place_date",
    "parse_ratio",
]

Reason = Literal[
    "empty",
    "not-a-number",
    "bad-grouping",
    "not-whole",
    "negative",
    "unit-mismatch",
    "percent-mismatch",
    "part-exceeds-whole",
    "out-of-range",
    "not-a-date",
    "not-a-citation",
]

NOT_REPORTED_MARKS: Final = frozenset({"", "–", "—", "-", "…", "..."})
"""Cell texts that mean "not reported": empty, or the dash a table prints for a missing value."""

_NOT_APPLICABLE_RE: Final = re.compile(
    r"^không áp dụng\s*(?:\((?P<reason>.*)\))?\s*\.?$", re.I | re.S
)

# A number as people write it: digits grouped by dots in threes, or not grouped; a comma and
# decimals. Anything else (a dot followed by one or two digits) is refused, not guessed.
_NUMBER: Final = r"-?\d+(?:[.]\d+)*(?:,\d+)?"
_NUMBER_RE: Final = re.compile(_NUMBER)
_GROUPED_RE: Final = re.compile(r"^-?\d{1,3}(?:([.])\d{3})*(?:,\d+)?$")
_PLAIN_RE: Final = re.compile(r"^-?\d+(?:,\d+)?$")
_SPACES_RE: Final = re.compile(r"\s+")
_NBSP_GROUP_RE: Final = re.compile(r"(?<=\d)[\u00a0\u202f](?=\d{3}(?!\d))")

_SCALES: Final = {"nghìn": 3, "ngàn": 3, "triệu": 6, "tỷ": 9, "tỉ": 9}
_DONG_RE: Final = re.compile(r"\s*(?:đồng|đ|vnđ|vnd)\.?$", re.I)


class ValueTextError(ValueError):
    """A text that is not the value it should be: ``text`` is what was found, ``expected`` the
    kind of value wanted (``count``, ``ratio``, ``percent``, ``money``, ``headcount``,
    ``number``, ``date``, ``citation``) and ``reason`` a stable code saying what is wrong:

    ``empty``, ``not-a-number``, ``bad-grouping`` (``1.5``: dots group thousands in threes),
    ``not-whole`` (a decimal where a count or an amount of đồng is due), ``negative``,
    ``unit-mismatch``, ``percent-mismatch`` (``87/99 (đạt 80%)``), ``part-exceeds-whole``,
    ``out-of-range`` (a percentage above 100), ``not-a-date``, ``not-a-citation``.

    ``str()`` is an English sentence for developers; the load errors built from it speak
    Vietnamese or English.
    """

    def __init__(self, text: str, expected: str, reason: Reason, detail: str = "") -> None:
        self.text = text
        self.expected = expected
        self.reason: Reason = reason
        self.detail = detail
        extra = f" ({detail})" if detail else ""
        super().__init__(f"cannot read {text!r} as a {expected}: {reason}{extra}")


def _squash(text: str) -> str:
    """NFC, runs of white space as one space, ends stripped; a no-break space grouping the
    thousands of a number (``1\u00a0286``) becomes the dot Vietnamese style uses."""
    text = _NBSP_GROUP_RE.sub(".", unicodedata.normalize("NFC", text))
    return _SPACES_RE.sub(" ", text).strip()


def _same_words(a: str, b: str) -> bool:
    return _squash(a).casefold() == _squash(b).casefold()


def is_not_reported(text: str) -> bool:
    """Whether ``text`` means "not reported": empty, blank, or a dash (``–``)."""
    return _squash(text) in NOT_REPORTED_MARKS


def is_not_applicable(text: str) -> bool:
    """Whether ``text`` says "Không áp dụng" (does not apply), in any case, with or without a
    reason in parentheses."""
    return _NOT_APPLICABLE_RE.match(_squash(text)) is not None


# --------------------------------------------------------------------------------------------
# Numbers.


def _number(text: str, original: str, expected: str) -> Decimal:
    squashed = text
    if not squashed:
        raise ValueTextError(original, expected, "empty")
    if _PLAIN_RE.match(squashed) is None:
        grouped = _GROUPED_RE.match(squashed)
        if grouped is None:
            reason: Reason = "bad-grouping" if _NUMBER_RE.fullmatch(squashed) else "not-a-number"
            raise ValueTextError(original, expected, reason)
        squashed = re.sub(r"[.]", "", squashed)
    return Decimal(squashed.replace(",", "."))


def parse_number(text: str) -> Decimal:
    """Read a number written in Vietnamese style: ``1.286`` (or ``1286``) is 1286,
    ``1.234,5`` is 1234.5, ``-3`` is -3. Thousands may also be grouped with no-break spaces.

    The inverse of :func:`~kl224.text.format.format_number` (``Decimal`` equality). Raises
    :class:`ValueTextError` for anything else, including ``1.5`` (a dot groups three digits;
    write ``1,5`` for one and a half) and ``1,234.5`` (English style).
    """
    return _number(_squash(text), text, "number")


def _lead(text: str, expected: str) -> tuple[Decimal, str]:
    """The number at the start of ``text`` and the rest, stripped."""
    squashed = _squash(text)
    match = _NUMBER_RE.match(squashed)
    if match is None:
        raise ValueTextError(text, expected, "empty" if not squashed else "not-a-number")
    rest = squashed[match.end() :].strip()
    if rest[:1].isdigit() or re.match(r"[.,/]\d", rest):
        raise ValueTextError(text, expected, "not-a-number")
    return _number(match.group(), text, expected), rest


def _whole(value: Decimal, text: str, expected: str) -> int:
    if value != value.to_integral_value():
        raise ValueTextError(text, expected, "not-whole")
    if value < 0:
        raise ValueTextError(text, expected, "negative")
    return int(value)


def _unit_rest(rest: str, unit: str, text: str, expected: str) -> None:
    """What follows a number must be nothing, its unit, or its unit and a closing stop."""
    rest = rest.removesuffix(".").strip()
    if rest and not (unit and _same_words(rest, unit)):
        raise ValueTextError(
            text, expected, "unit-mismatch", f"expected {unit!r}" if unit else "expected no unit"
        )


def parse_count(text: str, unit: str = "") -> int | None:
    """Read a count: ``1.286``, ``1286`` or ``1.286 tin, bài`` (the unit, if written, must be
    ``unit``; case and spacing do not matter). Blank or ``–`` is None (not reported).

    The inverse of :func:`~kl224.text.format.format_count`.
    """
    if is_not_reported(text):
        return None
    value, rest = _lead(text, "count")
    _unit_rest(rest, unit, text, "count")
    return _whole(value, text, "count")


def parse_decimal(text: str, unit: str = "") -> Decimal | None:
    """Read a figure that may have decimals (a target, a result, an extra figure): ``86,4``,
    ``1.250,5 ha``, ``86,4%`` when ``unit`` is ``%``. Blank or ``–`` is None."""
    if is_not_reported(text):
        return None
    value, rest = _lead(text, "number")
    if unit.strip() == "%":
        rest = rest.removeprefix("%").strip()
        unit = ""
    _unit_rest(rest, unit, text, "number")
    if value < 0:
        raise ValueTextError(text, "number", "negative")
    return value


def _percent_value(text: str, original: str) -> Decimal:
    squashed = _squash(text)
    if not squashed.endswith("%"):
        raise ValueTextError(original, "percent", "not-a-number", "no % sign")
    value = _number(squashed[:-1].strip(), original, "percent")
    if value < 0:
        raise ValueTextError(original, "percent", "negative")
    if value > 100:
        raise ValueTextError(original, "percent", "out-of-range")
    return value


def parse_percent(text: str) -> Percent | None:
    """Read a percentage stated alone: ``98,5%`` (a space before ``%`` is tolerated).
    Blank or ``–`` is None. The inverse of :func:`~kl224.text.format.format_percent` for values
    with at most one decimal place, which is all the document prints."""
    if is_not_reported(text):
        return None
    return Percent(value=_percent_value(text, text))


_RATIO_RE: Final = re.compile(
    rf"^(?P<part>{_NUMBER})\s*/\s*(?P<whole>{_NUMBER})(?P<unit>[^()]*?)\s*"
    r"(?:\(\s*(?:đạt\s+)?(?P<share>[^()]*%)\s*\))?\s*(?P<tail>[^()]*)$",
    re.I,
)


def _share_agrees(share: Decimal, part: int, whole: int) -> bool:
    """Whether a printed percentage is ``part/whole`` rounded half-up to its printed places."""
    if whole == 0:
        return False
    exponent = share.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    scale = 10**places
    quotient, remainder = divmod(part * 100 * scale, whole)
    if 2 * remainder >= whole:
        quotient += 1
    return Decimal(quotient).scaleb(-places) == share


def parse_ratio(text: str, unit: str = "") -> Ratio | None:
    """Read a ratio: ``87/99 thôn, bản (đạt 87,9%)`` as the body writes it, ``87/99 (87,9%)`` as
    a table cell does, or ``87/99``. The percentage is optional but, when written, must be
    the ratio's own (rounded as printed), else :class:`ValueTextError` with
    ``percent-mismatch``: the reader never picks one of two figures that disagree.
    Blank or ``–`` is None. The inverse of :func:`~kl224.text.format.format_ratio`."""
    if is_not_reported(text):
        return None
    match = _RATIO_RE.match(_squash(text))
    if match is None:
        raise ValueTextError(text, "ratio", "not-a-number", "write it as part/whole, e.g. 87/99")
    part = _whole(_number(match["part"], text, "ratio"), text, "ratio")
    whole = _whole(_number(match["whole"], text, "ratio"), text, "ratio")
    _unit_rest(f"{match['unit']} {match['tail']}".strip(), unit, text, "ratio")
    if part > whole:
        raise ValueTextError(text, "ratio", "part-exceeds-whole")
    if match["share"] is not None:
        share = _percent_value(match["share"], text)
        if not _share_agrees(share, part, whole):
            raise ValueTextError(text, "ratio", "percent-mismatch")
    return Ratio(part=part, whole=whole)


_HEADCOUNT_RE: Final = re.compile(
    rf"^(?P<total>{_NUMBER})(?P<unit>[^()]*?)\s*(?:\(\s*(?:"
    rf"trong đó\s+(?P<minority>{_NUMBER})(?P<unit2>[^()]*?)\s*dân tộc thiểu số"
    rf"|DTTS\s*:?\s*(?P<short>{_NUMBER}))\s*\))?\s*\.?$",
    re.I,
)


def parse_headcount(text: str, unit: str = "") -> Headcount | None:
    """Read a headcount: ``42 người (trong đó 17 người dân tộc thiểu số)`` as the body writes
    it, ``42 (DTTS: 17)`` as a table cell does, or ``42`` alone. Blank or ``–`` is None."""
    if is_not_reported(text):
        return None
    match = _HEADCOUNT_RE.match(_squash(text))
    if match is None:
        raise ValueTextError(
            text, "headcount", "not-a-number",
            "write it as 42 người (trong đó 17 người dân tộc thiểu số) or 42 (DTTS: 17)",
        )
    total = _whole(_number(match["total"], text, "headcount"), text, "headcount")
    _unit_rest(match["unit"], unit, text, "headcount")
    raw = match["minority"] or match["short"]
    minority = None
    if raw is not None:
        minority = _whole(_number(raw, text, "headcount"), text, "headcount")
        if match["unit2"] is not None:
            said = re.sub(r"\s*\blà(?:\s+người)?$", "", _squash(match["unit2"]))
            if said.casefold() != "người":
                _unit_rest(said, unit, text, "headcount")
    return Headcount(total=total, ethnic_minority=minority)


def parse_money(text: str, unit: str = "đồng") -> Money | None:
    """Read an amount of đồng: ``2.850.000.000 đồng``, ``2.850.000.000``, ``2,85 tỷ đồng``,
    ``568,4 triệu đồng``, ``1.500 nghìn đồng`` (``đ``, ``VNĐ`` also read). ``unit`` is the unit a
    table column states for a bare number: ``đồng`` or ``triệu đồng`` (millions).
    The amount must come to whole đồng. Blank or ``–`` is None. The inverse of
    :func:`~kl224.text.format.format_money` and of the annex's money cells."""
    if is_not_reported(text):
        return None
    value, rest = _lead(text, "money")
    rest = _DONG_RE.sub("", rest).strip().casefold()
    exponent = _SCALES.get(rest.removesuffix(".").strip())
    if exponent is None:
        if rest:
            raise ValueTextError(text, "money", "unit-mismatch", "expected đồng, triệu or tỷ")
        scale_word = _DONG_RE.sub("", _squash(unit)).strip().casefold()
        exponent = _SCALES.get(scale_word, 0)
    dong = value.scaleb(exponent)
    return Money(dong=_whole(dong, text, "money"))


def parse_figure(
    text: str, kind: FigureKind, unit: str = ""
) -> int | Ratio | Percent | Money | Headcount | NotApplicable | None:
    """Read a figure of ``kind`` (a :class:`~kl224.model.FigureInfo` kind) and ``unit``:
    ``None`` when blank or ``–``, :data:`~kl224.model.NOT_APPLICABLE` (with its reason) for
    ``Không áp dụng``, else the value. Raises :class:`ValueTextError`; kinds ``documents`` and
    ``targets`` are lists, not one text, and raise ValueError."""
    squashed = _squash(text)
    applicable = _NOT_APPLICABLE_RE.match(squashed)
    if applicable is not None:
        reason = (applicable["reason"] or "").strip()
        return NotApplicable(reason=reason) if reason else NOT_APPLICABLE
    if kind == "count":
        return parse_count(text, unit)
    if kind == "ratio":
        return parse_ratio(text, unit)
    if kind == "percent":
        return parse_percent(text)
    if kind == "money":
        return parse_money(text, unit or "đồng")
    if kind == "headcount":
        return parse_headcount(text, unit)
    raise ValueError(f"parse_figure: a {kind!r} figure is a list, not one text")


# --------------------------------------------------------------------------------------------
# Dates and citations.

_HEADER_DATE_RE: Final = re.compile(
    r"ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})\s+năm\s+(?P<year>\d{4})\s*\.?$", re.I
)
_BLANK_DATE_RE: Final = re.compile(r"ngày\s*(?:\.*)\s*tháng\s*(?:\.*)\s*năm\s*(?:\.*)\s*$", re.I)
_CITATION_DATE_RE: Final = re.compile(r"^(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})$")


def _date(text: str, day: str, month: str, year: str) -> dt.date:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError as error:
        raise ValueTextError(text, "date", "not-a-date", str(error)) from None


def parse_header_date(text: str) -> dt.date:
    """Read the date of a header: ``ngày 05 tháng 3 năm 2024`` (leading zeros optional).
    The inverse of :func:`~kl224.text.format.format_header_date`."""
    match = _HEADER_DATE_RE.fullmatch(_squash(text))
    if match is None:
        raise ValueTextError(text, "date", "not-a-date", "e.g. ngày 05 tháng 3 năm 2024")
    return _date(text, match["day"], match["month"], match["year"])


def parse_place_date(text: str) -> tuple[str, dt.date | None]:
    """Read the place-and-date line: ``Tam Đường, ngày 30 tháng 10 năm 2024`` gives
    ``("Tam Đường", date(2024, 10, 30))``; the blank form of a draft
    (``Tam Đường, ngày     tháng     năm``) gives no date. The inverse of
    :func:`~kl224.text.format.format_place_date`."""
    squashed = _squash(text)
    match = _HEADER_DATE_RE.search(squashed)
    if match is not None:
        when: dt.date | None = _date(text, match["day"], match["month"], match["year"])
        head = squashed[: match.start()]
    else:
        blank = _BLANK_DATE_RE.search(squashed)
        if blank is None:
            raise ValueTextError(
                text, "date", "not-a-date", "e.g. Tam Đường, ngày 30 tháng 10 năm 2024"
            )
        when, head = None, squashed[: blank.start()]
    head = head.strip()
    if head and not head.endswith(","):
        raise ValueTextError(text, "date", "not-a-date", "a comma separates place and date")
    return head.removesuffix(",").strip(), when


def parse_citation_date(text: str) -> dt.date:
    """Read a date inside a citation: ``18/10/2021``, ``05/3/2024``. The inverse of
    :func:`~kl224.text.format.format_citation_date`."""
    match = _CITATION_DATE_RE.match(_squash(text))
    if match is None:
        raise ValueTextError(text, "date", "not-a-date", "e.g. 18/10/2021")
    return _date(text, match["day"], match["month"], match["year"])


_CODE: Final = r"\d{1,6}-[A-ZĐ][A-Za-zĐđ]{0,5}/[A-ZĐ][A-ZĐ0-9]{0,11}"
_CITATION_RE: Final = re.compile(
    rf"^(?P<kind>.*?)\s+số\s+(?P<code>{_CODE})"
    r"(?:,\s*ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?(?:\s+của\s+(?P<by>.*))?$",
    re.S,
)
_UNNUMBERED_RE: Final = re.compile(
    r"^(?P<kind>.*?)(?:\s+ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?(?:\s+của\s+(?P<by>.*))?$", re.S
)


def parse_document_citation(text: str) -> tuple[str, str, dt.date | None, str]:
    """Read a citation ``Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy`` into
    ``(kind, code, date, issued_by)``; parts not written are ``""`` or None. Everything after
    the first ``của`` is the issuer. The inverse of
    :func:`~kl224.text.format.format_document_citation` (whose empty kind prints ``Văn bản``)."""
    squashed = _squash(text)
    match = _CITATION_RE.match(squashed)
    if match is not None:
        code = match["code"]
    else:
        match = _UNNUMBERED_RE.match(squashed)
        code = ""
        if match is None or not match["kind"]:
            raise ValueTextError(text, "citation", "not-a-citation")
    when = parse_citation_date(match["date"]) if match["date"] else None
    by = (match["by"] or "").strip()
    return match["kind"].strip(), code, when, by

