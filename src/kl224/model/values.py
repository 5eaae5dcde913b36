"""Value types shared by every part of the report.

Counts are plain ``int`` fields (zero is a value, ``None`` means not reported); the classes here
carry the values that have structure: ratios, percentages, money, document references, targets,
units, narrative blocks and the figure metadata that labels every typed field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Final, Literal

import attrs

from kl224.model.checks import checked, text, texts
from kl224.text.clean import clean_text

__all__ = [
    "CODE_PATTERN",
    "DISTRICT_UP",
    "LEVELS",
    "NOT_APPLICABLE",
    "SYMBOL_PATTERN",
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
    "figure_metadata",
    "text_field",
    "to_document_refs",
    "to_extra_figures",
    "to_narrative",
    "to_targets",
    "to_units",
]


# --------------------------------------------------------------------------------------------
# Field helpers: text is NFC and safe (checked by the model's type check); counts are never
# negative.


def text_field(*, default: str = "", optional: bool = False) -> Any:
    """An attrs field for user text: normalised to NFC, unsafe characters refused."""
    return attrs.field(default=None if optional else default, converter=text)


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


@attrs.frozen(kw_only=True, field_transformer=checked)
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


def figure_metadata(
    label: str,
    unit: str,
    kind: FigureKind,
    label_en: str,
    *,
    required: bool = True,
    over: Denominator | None = None,
    levels: tuple[Level, ...] = LEVELS,
) -> dict[str, FigureInfo]:
    """The metadata that makes an attrs field a figure (asked of reports of ``levels``), also
    for fields declared with their own converter (the lists of targets and documents)."""
    info = FigureInfo(
        label=label,
        unit=unit,
        kind=kind,
        label_en=label_en,
        required=required,
        over=over,
        levels=levels,
    )
    return {FIGURE_KEY: info}


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
    metadata = figure_metadata(
        label, unit, kind, label_en, required=required, over=over, levels=levels
    )
    return attrs.field(default=None, metadata=metadata)


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
    metadata = figure_metadata(label, unit, "count", label_en, required=required, levels=levels)
    return attrs.field(default=None, metadata=metadata)


# --------------------------------------------------------------------------------------------
# Not applicable.


@attrs.frozen(kw_only=True, field_transformer=checked)
class NotApplicable:
    """The explicit answer "does not apply here" for items the outline marks "(nếu có)"."""

    reason: str = text_field()


NOT_APPLICABLE: Final = NotApplicable()


# --------------------------------------------------------------------------------------------
# Numbers.


def _check_ratio(instance: Ratio, _: attrs.Attribute[Any], whole: int) -> None:
    if instance.part > whole:
        raise ValueError(f"Ratio: the part ({instance.part}) must not exceed whole ({whole})")


@attrs.frozen(kw_only=True, field_transformer=checked)
class Ratio:
    """``part`` of ``whole`` — "12/13 xã". The percentage is computed, never stored, so ratios
    from several reports can be summed part by part and whole by whole."""

    part: int
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
    """A number as a Decimal (a float by its shortest repr); anything else passes unchanged
    for the type check to refuse."""
    if isinstance(value, Decimal | bool):
        return value  # type: ignore[return-value]  # a bool is refused by the type check
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except ArithmeticError:
            return value  # type: ignore[return-value]  # refused by the type check
    return value


def _check_percent(_: object, attribute: attrs.Attribute[Any], value: Decimal) -> None:
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        raise ValueError(f"Percent.{attribute.name}: must lie between 0 and 100 (got {value})")


@attrs.frozen(kw_only=True, field_transformer=checked)
class Percent:
    """A percentage stated without a denominator (0–100). Prefer :class:`Ratio` when the
    counts are known."""

    value: Decimal = attrs.field(converter=_to_decimal, validator=_check_percent)


@attrs.frozen(kw_only=True, field_transformer=checked)
class Money:
    """An amount in Vietnamese đồng (a whole number, never negative)."""

    dong: int


@attrs.frozen(kw_only=True, field_transformer=checked)
class Headcount:
    """A number of people and how many of them are ethnic-minority people."""

    total: int
    ethnic_minority: int | None = None


# --------------------------------------------------------------------------------------------
# Documents.

SYMBOL_PATTERN: Final = re.compile(r"^([A-ZĐ][A-Za-zĐđ]{0,5})/([A-ZĐ][A-ZĐ0-9]{0,11})$")
"""A document symbol, type/issuer (``BC/HU``); the JSON Schema uses the same pattern."""
CODE_PATTERN: Final = re.compile(
    r"^(?:[Ss]ố\s+)?(\d{1,6})-([A-ZĐ][A-Za-zĐđ]{0,5})/([A-ZĐ][A-ZĐ0-9]{0,11})$"
)
"""A document's number and symbol (``224-KL/TU``, ``Số 215-BC/HU``)."""


def _check_symbol_part(_: object, attribute: attrs.Attribute[Any], value: str) -> None:
    is_type = attribute.name == "doc_type"
    pattern = r"[A-ZĐ][A-Za-zĐđ]{0,5}" if is_type else r"[A-ZĐ][A-ZĐ0-9]{0,11}"
    if not re.fullmatch(pattern, value):
        example = "a type such as BC, KL" if is_type else "an issuer such as HU, TU"
        raise ValueError(
            f"Symbol.{attribute.name}: {value!r} is not a valid document symbol part "
            f"(expected {example})"
        )


@attrs.frozen(kw_only=True, field_transformer=checked)
class Symbol:
    """The type and issuer of a Party document symbol: ``BC/HU`` (report, district committee)."""

    doc_type: str = attrs.field(validator=_check_symbol_part)
    issuer: str = attrs.field(validator=_check_symbol_part)

    @classmethod
    def parse(cls, text: str) -> Symbol:
        """Parse ``"BC/HU"``; raise ValueError naming the expected form."""
        match = SYMBOL_PATTERN.match(clean_text(text).strip())
        if match is None:
            raise ValueError(
                f"{text!r} is not a document symbol of the form TYPE/ISSUER, e.g. BC/HU"
            )
        return cls(doc_type=match.group(1), issuer=match.group(2))

    def __str__(self) -> str:
        return f"{self.doc_type}/{self.issuer}"


@attrs.frozen(kw_only=True, field_transformer=checked)
class DocumentRef:
    """A cited document: ``Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy``.

    ``kind`` is the document's name as written before "số" (``Kết luận``), ``issued_by`` the
    body named after "của" (``Tỉnh ủy``); both optional.
    """

    number: int = attrs.field(validator=attrs.validators.le(999_999))
    symbol: Symbol
    date: dt.date | None = None
    kind: str = text_field()
    title: str = text_field()
    issued_by: str = text_field()

    @classmethod
    def parse(cls, text: str, **fields: Any) -> DocumentRef:
        """Parse ``"224-KL/TU"`` or ``"Số 215-BC/HU"``; other fields by keyword."""
        match = CODE_PATTERN.match(clean_text(text).strip())
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
    """A number as a Decimal, None as None."""
    return None if value is None else _to_decimal(value)


MAX_DIGITS: Final = 15
"""Significant digits a figure may carry: as many as a JSON number keeps exactly."""


def _finite(_: object, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
    if value is None:
        return
    if not value.is_finite() or value < 0:
        raise ValueError(
            f"{type(_).__name__}.{attribute.name}: must be a finite number, not negative "
            f"(got {value})"
        )
    digits = value.normalize().as_tuple()
    exponent = digits.exponent if isinstance(digits.exponent, int) else 0
    if len(digits.digits) > MAX_DIGITS or len(digits.digits) + exponent > MAX_DIGITS:
        raise ValueError(
            f"{type(_).__name__}.{attribute.name}: must have at most {MAX_DIGITS} significant "
            f"digits and be below 10^{MAX_DIGITS} (got {value})"
        )


@attrs.frozen(kw_only=True, field_transformer=checked)
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


@attrs.frozen(kw_only=True, field_transformer=checked)
class Unit:
    """A named organisation or locality, e.g. among the units that did well or badly."""

    name: str = text_field()
    note: str = text_field()


@attrs.frozen(kw_only=True, field_transformer=checked)
class ExtraFigure:
    """A figure the outline did not foresee: a label, a value and its unit."""

    label: str = text_field()
    value: Decimal = attrs.field(converter=_to_decimal, validator=_finite)
    unit: str = text_field()


# --------------------------------------------------------------------------------------------
# Narrative.


@attrs.frozen(kw_only=True, field_transformer=checked)
class Paragraph:
    """A paragraph of body text."""

    text: str = text_field()


@attrs.frozen(kw_only=True, field_transformer=checked)
class Bullet:
    """A ``-`` bullet with optional ``+`` sub-bullets, as the outline writes them."""

    text: str = text_field()
    sub: tuple[str, ...] = attrs.field(default=(), converter=texts)


Block = Paragraph | Bullet
"""One block of narrative."""

Narrative = tuple[Block, ...]
"""Free narrative of an item: paragraphs and bullets, in order."""


def to_narrative(value: str | Sequence[Block | str]) -> Narrative:
    """Narrative as stored: a tuple of blocks. A string is one paragraph, and so is each string
    in a list (never split into letters, never dropped)."""
    if isinstance(value, str):
        return (Paragraph(text=value),)
    if isinstance(value, list | tuple):
        return tuple(Paragraph(text=v) if isinstance(v, str) else v for v in value)
    return value  # type: ignore[return-value]  # refused by the type check


def to_units(value: str | Sequence[Unit | str]) -> tuple[Unit, ...]:
    """Units as stored: a string is a unit of that name, alone or in a list."""
    if isinstance(value, str):
        return (Unit(name=value),)
    if isinstance(value, list | tuple):
        return tuple(Unit(name=v) if isinstance(v, str) else v for v in value)
    return value  # type: ignore[return-value]  # refused by the type check


def _frozen(value: Any) -> Any:
    return tuple(value) if isinstance(value, list | tuple) else value


def to_targets(value: Sequence[Target]) -> tuple[Target, ...]:
    """Targets as stored: any sequence becomes a tuple."""
    return _frozen(value)  # type: ignore[no-any-return]


def to_document_refs(value: Sequence[DocumentRef]) -> tuple[DocumentRef, ...]:
    """Cited documents as stored: any sequence becomes a tuple."""
    return _frozen(value)  # type: ignore[no-any-return]


def to_extra_figures(value: Sequence[ExtraFigure]) -> tuple[ExtraFigure, ...]:
    """Extra figures as stored: any sequence becomes a tuple."""
    return _frozen(value)  # type: ignore[no-any-return]
