"""Value types shared by every part of the report.

Counts are plain ``int`` fields (zero is a value, ``None`` means not reported); the classes here
carry the values that have structure: ratios, percentages, money, document references, targets,
units, narrative blocks and the figure metadata that labels every typed field.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any, Final, Literal

import attrs

from kl224.text.clean import check_text, clean_text

__all__ = [
    "DISTRICT_UP",
    "LEVELS",
    "NOT_APPLICABLE",
    "Block",
    "Bullet",
    "Denominator",
    "DocumentRef",
    "ExtraFigure",
    "FigureInfo",
    "FigureKind",
    "Headcount",
    "Level",
    "Money",
    "Narrative",
    "NotApplicable",
    "Paragraph",
    "Percent",
    "Ratio",
    "Symbol",
    "Target",
    "Unit",
    "count_field",
    "figure_field",
    "figure_info",
    "narrative_field",
    "text_field",
    "texts_field",
]


# --------------------------------------------------------------------------------------------
# Field helpers: text is NFC and safe; counts are never negative.


def _check_text_attr(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, str):
        check_text(value, attribute.name)


def _check_texts_attr(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, tuple):
        for index, item in enumerate(value):
            if isinstance(item, str):
                check_text(item, f"{attribute.name}[{index}]")


def _clean_optional(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


def _clean_tuple(values: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(clean_text(v) for v in values)


def text_field(*, default: str = "", optional: bool = False) -> Any:
    """An attrs field for user text: normalised to NFC, unsafe characters refused."""
    if optional:
        return attrs.field(default=None, converter=_clean_optional, validator=_check_text_attr)
    return attrs.field(default=default, converter=clean_text, validator=_check_text_attr)


def texts_field() -> Any:
    """An attrs field for a tuple of user strings."""
    return attrs.field(default=(), converter=_clean_tuple, validator=_check_texts_attr)


def _tuple(values: Any) -> tuple[Any, ...]:
    return tuple(values)


def narrative_field() -> Any:
    """An attrs field holding narrative blocks (paragraphs and bullets)."""
    return attrs.field(default=(), converter=_tuple)


def tuple_field() -> Any:
    """An attrs field holding a tuple of values (lists are accepted and frozen)."""
    return attrs.field(default=(), converter=_tuple)


def _non_negative(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be a whole number, not a boolean")
    if isinstance(value, int) and value < 0:
        raise ValueError(f"{attribute.name} must not be negative (got {value})")


# --------------------------------------------------------------------------------------------
# Figure metadata.

FigureKind = Literal["count", "ratio", "percent", "money", "headcount", "documents", "targets"]

Denominator = Literal["communes", "villages"]

Level = Literal["province", "district", "commune"]
"""The reporting level of a Party committee: a provincial body, a district committee (until
1 July 2025) or a commune or ward committee."""

LEVELS: Final[tuple[Level, ...]] = ("province", "district", "commune")
"""Every level, from the top."""

DISTRICT_UP: Final[tuple[Level, ...]] = ("province", "district")
"""The levels that have a district political training centre (the district's own, or the
province's sum of them): a commune has none."""


@attrs.frozen(kw_only=True)
class FigureInfo:
    """Metadata of a figure field: its Vietnamese label and unit, and its kind.

    ``unit`` is the counted noun written after a number (``lượt người``, ``xã``); ``required``
    says whether the outline asks for this figure, so completeness counts it.
    """

    label: str
    unit: str
    kind: FigureKind
    label_en: str
    required: bool = True
    over: Denominator | None = None
    levels: tuple[Level, ...] = LEVELS

    def asked_at(self, level: Level) -> bool:
        """Whether the outline asks a report of ``level`` for this figure (a commune is not
        asked for its political training centre's classes, say)."""
        return level in self.levels


FIGURE_KEY: Final = "kl224.figure"


def figure_info(attribute: attrs.Attribute[Any]) -> FigureInfo | None:
    """Return the figure metadata of an attrs attribute, or None if it is not a figure."""
    info = attribute.metadata.get(FIGURE_KEY)
    return info if isinstance(info, FigureInfo) else None


def figure_field(
    label: str,
    unit: str,
    kind: FigureKind,
    label_en: str,
    *,
    required: bool = True,
    over: Denominator | None = None,
    levels: tuple[Level, ...] = LEVELS,
) -> Any:
    """An optional figure field (``None`` = not reported) carrying its label and unit.

    ``over`` names the district total a ratio's whole must equal (communes or villages);
    ``levels`` the reporting levels asked for it (all of them unless said).
    """
    info = FigureInfo(
        label=label,
        unit=unit,
        kind=kind,
        label_en=label_en,
        required=required,
        over=over,
        levels=levels,
    )
    if kind in ("documents", "targets"):
        return attrs.field(default=(), converter=_tuple, metadata={FIGURE_KEY: info})
    return attrs.field(default=None, metadata={FIGURE_KEY: info})


def count_field(
    label: str,
    unit: str,
    label_en: str,
    *,
    required: bool = True,
    levels: tuple[Level, ...] = LEVELS,
) -> Any:
    """An optional count (``int >= 0``; ``None`` = not reported) carrying its label and unit,
    asked of reports of ``levels``."""
    info = FigureInfo(
        label=label,
        unit=unit,
        kind="count",
        label_en=label_en,
        required=required,
        levels=levels,
    )
    return attrs.field(default=None, validator=_non_negative, metadata={FIGURE_KEY: info})


# --------------------------------------------------------------------------------------------
# Not applicable.


@attrs.frozen(kw_only=True)
class NotApplicable:
    """The explicit answer "does not apply here" for items the outline marks "(nếu có)"."""

    reason: str = text_field()


NOT_APPLICABLE: Final = NotApplicable()


# --------------------------------------------------------------------------------------------
# Numbers.


def _check_count(_: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be a whole number")
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative (got {value})")


def _check_ratio(instance: Ratio, _: attrs.Attribute[Any], whole: int) -> None:
    _check_count(instance, attrs.fields(Ratio).whole, whole)
    if instance.part > whole:
        raise ValueError(f"part ({instance.part}) must not exceed whole ({whole})")


@attrs.frozen(kw_only=True)
class Ratio:
    """``part`` of ``whole`` — "12/13 xã". The percentage is computed, never stored, so ratios
    from several reports can be summed part by part and whole by whole."""

    part: int = attrs.field(validator=_check_count)
    whole: int = attrs.field(validator=_check_ratio)

    @property
    def percent(self) -> Decimal | None:
        """The share in percent, or None when the whole is zero."""
        if self.whole == 0:
            return None
        return Decimal(self.part) * 100 / Decimal(self.whole)

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(part=self.part + other.part, whole=self.whole + other.whole)


def _to_decimal(value: Decimal | int | float | str) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("a number is required, not a boolean")
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def _check_percent(_: object, attribute: attrs.Attribute[Any], value: Decimal) -> None:
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        raise ValueError(f"{attribute.name} must lie between 0 and 100 (got {value})")


@attrs.frozen(kw_only=True)
class Percent:
    """A percentage stated without a denominator (0–100). Prefer :class:`Ratio` when the
    counts are known."""

    value: Decimal = attrs.field(converter=_to_decimal, validator=_check_percent)


def _check_money(_: object, attribute: attrs.Attribute[Any], value: int) -> None:
    _check_count(_, attribute, value)


@attrs.frozen(kw_only=True)
class Money:
    """An amount in Vietnamese đồng (a whole number, never negative)."""

    dong: int = attrs.field(validator=_check_money)


@attrs.frozen(kw_only=True)
class Headcount:
    """A number of people and how many of them are ethnic-minority people."""

    total: int = attrs.field(validator=_check_count)
    ethnic_minority: int | None = attrs.field(default=None, validator=_non_negative)


# --------------------------------------------------------------------------------------------
# Documents.

_SYMBOL_RE: Final = re.compile(r"^([A-ZĐ][A-Za-zĐđ]{0,5})/([A-ZĐ][A-ZĐ0-9]{0,11})$")
_REF_RE: Final = re.compile(
    r"^(?:[Ss]ố\s+)?(\d{1,6})-([A-ZĐ][A-Za-zĐđ]{0,5})/([A-ZĐ][A-ZĐ0-9]{0,11})$"
)


def _check_symbol_part(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    pattern = r"[A-ZĐ][A-Za-zĐđ]{0,5}" if attribute.name == "doc_type" else r"[A-ZĐ][A-ZĐ0-9]{0,11}"
    if not re.fullmatch(pattern, value):
        raise ValueError(f"{attribute.name} {value!r} is not a valid document symbol part")


@attrs.frozen(kw_only=True)
class Symbol:
    """The type and issuer of a Party document symbol: ``BC/HU`` (report, district committee)."""

    doc_type: str = attrs.field(validator=_check_symbol_part)
    issuer: str = attrs.field(validator=_check_symbol_part)

    @classmethod
    def parse(cls, text: str) -> Symbol:
        """Parse ``"BC/HU"``; raise ValueError naming the expected form."""
        match = _SYMBOL_RE.match(clean_text(text).strip())
        if match is None:
            raise ValueError(
                f"{text!r} is not a document symbol of the form TYPE/ISSUER, e.g. BC/HU"
            )
        return cls(doc_type=match.group(1), issuer=match.group(2))

    def __str__(self) -> str:
        return f"{self.doc_type}/{self.issuer}"


def _optional_date(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, dt.date):
        raise TypeError(f"{attribute.name} must be a date")


@attrs.frozen(kw_only=True)
class DocumentRef:
    """A cited document: ``Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy``.

    ``kind`` is the document's name as written before "số" (``Kết luận``), ``issued_by`` the
    body named after "của" (``Tỉnh ủy``); both optional.
    """

    number: int = attrs.field(validator=[_check_count, attrs.validators.le(999_999)])
    symbol: Symbol
    date: dt.date | None = attrs.field(default=None, validator=_optional_date)
    kind: str = text_field()
    title: str = text_field()
    issued_by: str = text_field()

    @classmethod
    def parse(cls, text: str, **fields: Any) -> DocumentRef:
        """Parse ``"224-KL/TU"`` or ``"Số 215-BC/HU"``; other fields by keyword."""
        match = _REF_RE.match(clean_text(text).strip())
        if match is None:
            raise ValueError(
                f"{text!r} is not a document number and symbol of the form NUMBER-TYPE/ISSUER, "
                "e.g. 224-KL/TU"
            )
        symbol = Symbol(doc_type=match.group(2), issuer=match.group(3))
        return cls(number=int(match.group(1)), symbol=symbol, **fields)

    @property
    def code(self) -> str:
        """Number and symbol, numbers below 10 with a leading zero: ``05-BC/HU``."""
        return f"{self.number:02d}-{self.symbol}"

    def __str__(self) -> str:
        return self.code


# --------------------------------------------------------------------------------------------
# Targets, units, extra figures.


def _optional_decimal(value: Decimal | int | float | str | None) -> Decimal | None:
    return None if value is None else _to_decimal(value)


MAX_DIGITS: Final = 15
"""Significant digits a figure may carry: as many as a JSON number keeps exactly."""


def _finite(_: object, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
    if value is None:
        return
    if not value.is_finite() or value < 0:
        raise ValueError(f"{attribute.name} must be a finite number, not negative (got {value})")
    digits = value.normalize().as_tuple()
    exponent = digits.exponent if isinstance(digits.exponent, int) else 0
    if len(digits.digits) > MAX_DIGITS or len(digits.digits) + exponent > MAX_DIGITS:
        raise ValueError(
            f"{attribute.name} must have at most {MAX_DIGITS} significant digits and be "
            f"below 10^{MAX_DIGITS} (got {value})"
        )


@attrs.frozen(kw_only=True)
class Target:
    """One objective of the conclusion: an indicator, its unit, the target and the result."""

    indicator: str = text_field()
    unit: str = text_field()
    target: Decimal | None = attrs.field(
        default=None, converter=_optional_decimal, validator=_finite
    )
    result: Decimal | None = attrs.field(
        default=None, converter=_optional_decimal, validator=_finite
    )
    note: str = text_field()

    @property
    def achieved(self) -> bool | None:
        """Whether the result reaches the target (None when either is missing)."""
        if self.target is None or self.result is None:
            return None
        return self.result >= self.target


@attrs.frozen(kw_only=True)
class Unit:
    """A named organisation or locality, e.g. among the units that did well or badly."""

    name: str = text_field()
    note: str = text_field()


@attrs.frozen(kw_only=True)
class ExtraFigure:
    """A figure the outline did not foresee: a label, a value and its unit."""

    label: str = text_field()
    value: Decimal = attrs.field(converter=_to_decimal, validator=_finite)
    unit: str = text_field()


# --------------------------------------------------------------------------------------------
# Narrative.


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of body text."""

    text: str = text_field()


@attrs.frozen(kw_only=True)
class Bullet:
    """A ``-`` bullet with optional ``+`` sub-bullets, as the outline writes them."""

    text: str = text_field()
    sub: tuple[str, ...] = texts_field()


Block = Paragraph | Bullet
"""One block of narrative."""

Narrative = tuple[Block, ...]
"""Free narrative of an item: paragraphs and bullets, in order."""
