"""Writing helpers: numbers, dates and citations as a district clerk writes them."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from kl224.model import Bullet, DocumentRef, Money, Paragraph, Ratio

_BOARD: Final = "Ban Thường vụ Huyện ủy"
# Shared by the dissemination item (B.I.1) and the first target (B.II.1).
STUDY_RATE: Final = Decimal("98.5")


def num(value: int) -> str:
    """A count in prose: thousands grouped with dots, a leading zero below ten (``09``)."""
    if value < 10:
        return f"{value:02d}"
    return f"{value:,}".replace(",", ".")


def dec(value: Decimal) -> str:
    """A decimal with a comma as the decimal mark: ``98,5``."""
    return format(value.normalize(), "f").replace(".", ",")


def amount(value: Decimal, unit: str) -> str:
    """A target value with its unit: ``90%``, ``40 người``."""
    return f"{dec(value)}{unit}" if unit == "%" else f"{dec(value)} {unit}"


def share(part: int, whole: int) -> Decimal:
    """``part`` of ``whole`` in percent, rounded half-up to one decimal."""
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def rate(ratio: Ratio, unit: str) -> str:
    """``87/99 thôn, bản (đạt 87,9%)``."""
    return f"{ratio.part}/{ratio.whole} {unit} (đạt {dec(share(ratio.part, ratio.whole))}%)"


def dong(money: Money) -> str:
    return f"{num(money.dong)} đồng"


def _date(day: dt.date) -> str:
    """A date in a citation: ``08/3/2022``, months 1 and 2 with a leading zero."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


def cite(ref: DocumentRef, *, issuer: bool = True) -> str:
    """``Kế hoạch số 47-KH/HU, ngày 12/11/2021 của Ban Thường vụ Huyện ủy``; without the
    issuer where the sentence already names it as its subject."""
    assert ref.date is not None  # every document of the sample is dated
    text = f"{ref.kind} số {ref.code}, ngày {_date(ref.date)}"
    return f"{text} của {ref.issued_by}" if issuer else text


def para(text: str) -> Paragraph:
    return Paragraph(text=text)


def dash(text: str, *sub: str) -> Bullet:
    return Bullet(text=text, sub=sub)


def doc(kind: str, code: str, day: dt.date, title: str) -> DocumentRef:
    return DocumentRef.parse(code, kind=kind, date=day, title=title, issued_by=_BOARD)
