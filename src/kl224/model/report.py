"""The report as a whole, and its metadata."""

from __future__ import annotations

import datetime as dt
from typing import Any, Final, Literal

import attrs

from kl224.model.assessment import Assessment
from kl224.model.context import Context
from kl224.model.leadership import LeadershipWork
from kl224.model.proposals import Proposals
from kl224.model.tasks import TaskResults
from kl224.model.values import (
    Denominator,
    DocumentRef,
    Level,
    Symbol,
    _non_negative,
    text_field,
    texts_field,
)

__all__ = [
    "DEFAULT_CONCLUSION",
    "DEFAULT_SUBJECT",
    "LEVEL_NAMES",
    "Level",
    "Period",
    "Report",
    "ReportMeta",
    "Signer",
    "Status",
]

Status = Literal["draft", "final"]

LEVEL_NAMES: Final[dict[Level, tuple[str, str]]] = {
    "province": ("cấp tỉnh", "provincial"),
    "district": ("cấp huyện", "district"),
    "commune": ("cấp xã", "commune"),
}
"""Each reporting level's Vietnamese and English name, for messages and docs."""

DEFAULT_CONCLUSION: Final = DocumentRef(
    number=224,
    symbol=Symbol(doc_type="KL", issuer="TU"),
    date=dt.date(2021, 10, 18),
    kind="Kết luận",
    issued_by="Tỉnh ủy",
)
DEFAULT_SUBJECT: Final = (
    "kết quả triển khai thực hiện Kết luận số 224-KL/TU, ngày 18/10/2021 của Tỉnh ủy"
)


def _check_period(instance: Period, _: attrs.Attribute[Any], end: dt.date) -> None:
    if end < instance.start:
        raise ValueError(f"the period ends ({end}) before it starts ({instance.start})")


@attrs.frozen(kw_only=True)
class Period:
    """The reporting period, both days included."""

    start: dt.date
    end: dt.date = attrs.field(validator=_check_period)


@attrs.frozen(kw_only=True)
class Signer:
    """Who signs: ``T/M`` + ``BAN THƯỜNG VỤ``, the position (``BÍ THƯ``) and the name."""

    mark: Literal["T/M", "K/T", "T/L"] = "T/M"
    authority: str = text_field(default="BAN THƯỜNG VỤ")
    position: str = text_field(default="BÍ THƯ")
    name: str = text_field()


@attrs.frozen(kw_only=True)
class ReportMeta:
    """Who issues the report, its number and symbol, place and date, subject, the request it
    answers, the reporting period, the district's totals, signer, recipients and status.

    ``level`` is the issuer's reporting level: ``"district"`` (a Huyện ủy or Thành ủy of the
    2021–2024 period, and the default, so JSON written before levels existed keeps its
    meaning), ``"commune"`` (a commune or ward Party committee, which reports straight to the
    province since 1 July 2025) or ``"province"`` (a provincial body, such as a roll-up).

    ``communes`` and ``villages`` are the issuer's numbers of commune-level units and of
    villages, hamlets and residential groups: the wholes that ratios over them must equal. A
    commune is one commune: see :meth:`denominator`. Recipients are written without their
    trailing punctuation (the renderer adds it).
    """

    issuing_body: str = text_field()
    superior_body: str = text_field()
    number: int | None = attrs.field(default=None)
    symbol: Symbol = Symbol(doc_type="BC", issuer="HU")
    place: str = text_field()
    date: dt.date | None = None
    subject: str = text_field(default=DEFAULT_SUBJECT)
    conclusion: DocumentRef = DEFAULT_CONCLUSION
    request: DocumentRef | None = None
    period: Period | None = None
    communes: int | None = attrs.field(default=None, validator=_non_negative)
    villages: int | None = attrs.field(default=None, validator=_non_negative)
    signer: Signer | None = None
    recipients: tuple[str, ...] = texts_field()
    status: Status = "draft"
    level: Level = attrs.field(default="district")

    @level.validator
    def _check_level(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in LEVEL_NAMES:
            known = ", ".join(LEVEL_NAMES)
            raise ValueError(f"{attribute.name} must be one of {known} (got {value!r})")

    def denominator(self, over: Denominator) -> int | None:
        """The whole a ratio over ``over`` must have: the stated number of communes or
        villages; for a commune-level report that states no number of communes, 1 (itself)."""
        stated: int | None = getattr(self, over)
        if stated is None and over == "communes" and self.level == "commune":
            return 1
        return stated

    @number.validator
    def _check_number(self, attribute: attrs.Attribute[Any], value: int | None) -> None:
        if value is not None and (isinstance(value, bool) or value < 0):
            raise ValueError(f"{attribute.name} must be a whole number >= 0")

    @property
    def code(self) -> str:
        """The number and symbol as printed after "Số", blank for a draft without a number."""
        if self.number is None:
            return f"     -{self.symbol}"
        return f"{self.number:02d}-{self.symbol}"


@attrs.frozen(kw_only=True)
class Report:
    """The whole report: metadata, A (context), B.I (leadership), B.II (tasks), B.III
    (assessment) and C (proposals)."""

    meta: ReportMeta
    context: Context = attrs.field(factory=Context)
    leadership: LeadershipWork = attrs.field(factory=LeadershipWork)
    tasks: TaskResults = attrs.field(factory=TaskResults)
    assessment: Assessment = attrs.field(factory=Assessment)
    proposals: Proposals = attrs.field(factory=Proposals)
