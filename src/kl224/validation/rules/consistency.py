"""Consistency: values that contradict each other. Errors under both policies.

Only comparisons that hold by definition are made here: a part is at most its whole, the
wholes of ratios over communes or villages are the district's totals, and a document cited or
issued cannot postdate the report or fall outside the reporting period. Comparisons that are
merely likely live in :mod:`kl224.validation.rules.plausibility`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Final

from kl224.model.figures import iter_figures
from kl224.model.report import Report
from kl224.model.values import DocumentRef, Headcount, Ratio
from kl224.validation.context import RuleContext
from kl224.validation.findings import Issue
from kl224.validation.pointers import child, figure_info_at, lookup

__all__ = [
    "CONSISTENCY_RULES",
    "PARTS_OF_WHOLES",
    "SUMS_OF_PARTS",
    "check_document_dates",
    "check_headcounts",
    "check_parts",
    "check_proposal_choice",
    "check_ratio_wholes",
    "cited_documents",
]

_THEORY: Final = "/tasks/political_theory"

PARTS_OF_WHOLES: Final[tuple[tuple[str, str], ...]] = (
    # Troupes working well are counted among the villages that have a troupe ("trong đó").
    ("/tasks/culture/stable_troupes", "/tasks/culture/villages_with_troupes/part"),
    (f"{_THEORY}/elementary_theory_trainees", f"{_THEORY}/trainees"),
    (f"{_THEORY}/new_member_trainees", f"{_THEORY}/trainees"),
)
"""Pairs (part, whole) of counts where the part can never exceed the whole."""

SUMS_OF_PARTS: Final[tuple[tuple[tuple[str, str], str], ...]] = (
    (
        (f"{_THEORY}/elementary_theory_trainees", f"{_THEORY}/new_member_trainees"),
        f"{_THEORY}/trainees",
    ),
)
"""Two disjoint parts whose sum can never exceed the whole."""


def _labels(pointer: str, prefix: str = "") -> dict[str, str]:
    info = figure_info_at(pointer)
    return {f"{prefix}label": info.label, f"{prefix}label_en": info.label_en}


def _count(report: Report, pointer: str) -> int | None:
    value = lookup(report, pointer)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def check_headcounts(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-K201: the ethnic-minority people of a headcount are at most its total."""
    for figure in iter_figures(report):
        value = figure.value
        if (
            isinstance(value, Headcount)
            and value.ethnic_minority is not None
            and value.ethnic_minority > value.total
        ):
            yield Issue(
                code="KL224-K201",
                pointer=child(figure.pointer, "ethnic_minority"),
                related=(child(figure.pointer, "total"),),
                params={
                    "label": figure.info.label,
                    "label_en": figure.info.label_en,
                    "minority": value.ethnic_minority,
                    "total": value.total,
                },
            )


def check_parts(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-K202: a part never exceeds its whole; KL224-K203: nor does a sum of parts
    (reported only when no part alone already does)."""
    exceeding: set[str] = set()
    for part_pointer, whole_pointer in PARTS_OF_WHOLES:
        part, whole = _count(report, part_pointer), _count(report, whole_pointer)
        if part is not None and whole is not None and part > whole:
            exceeding.add(part_pointer)
            yield Issue(
                code="KL224-K202",
                pointer=part_pointer,
                related=(whole_pointer,),
                params={
                    **_labels(part_pointer),
                    **_labels(whole_pointer, "whole_"),
                    "part": part,
                    "whole": whole,
                },
            )
    for (first, second), whole_pointer in SUMS_OF_PARTS:
        a, b = _count(report, first), _count(report, second)
        whole = _count(report, whole_pointer)
        if a is None or b is None or whole is None or {first, second} & exceeding:
            continue
        if a + b > whole:
            yield Issue(
                code="KL224-K203",
                pointer=second,
                related=(first, whole_pointer),
                params={
                    **_labels(first),
                    **_labels(second, "other_"),
                    **_labels(whole_pointer, "whole_"),
                    "part": a + b,
                    "whole": whole,
                },
            )


_DENOMINATORS: Final = {"communes": "xã, phường, thị trấn", "villages": "thôn, bản, tổ dân phố"}


def check_ratio_wholes(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-K204: the whole of a ratio over communes or villages equals the issuer's total
    stated in the metadata (when it is stated); a commune-level report's ratios over communes
    have the whole 1 (see :meth:`ReportMeta.denominator <kl224.model.ReportMeta.denominator>`)."""
    for figure in iter_figures(report):
        over = figure.info.over
        if over is None or not isinstance(figure.value, Ratio):
            continue
        total = report.meta.denominator(over)
        if total is not None and figure.value.whole != total:
            yield Issue(
                code="KL224-K204",
                pointer=child(figure.pointer, "whole"),
                related=(
                    child("/meta", over) if getattr(report.meta, over) is not None
                    else "/meta/level",
                ),
                params={
                    "label": figure.info.label,
                    "label_en": figure.info.label_en,
                    "whole": figure.value.whole,
                    "total": total,
                    "denominator": over,
                    "denominator_vi": _DENOMINATORS[over],
                },
            )


def cited_documents(report: Report) -> Iterator[tuple[str, DocumentRef, bool]]:
    """Every document the report cites, with its pointer and whether it was issued during the
    work reported on (leadership documents, concretising documents) rather than before it."""
    issued = report.leadership.documents.issued
    for index, ref in enumerate(issued):
        yield child("/leadership/documents/issued", index), ref, True
    concretising = report.tasks.party_building.concretising_documents
    for index, ref in enumerate(concretising):
        yield child("/tasks/party_building/concretising_documents", index), ref, True
    if report.meta.request is not None:
        yield "/meta/request", report.meta.request, False
    yield "/meta/conclusion", report.meta.conclusion, False


def check_document_dates(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-K205: no cited document is dated after the report; KL224-K206: documents issued
    in the work reported on are dated inside the reporting period."""
    report_date = report.meta.date
    period = report.meta.period
    for pointer, ref, issued_in_period in cited_documents(report):
        date = ref.date
        if date is None:
            continue
        params: dict[str, str | int | dt.date] = {
            "document": ref.code,
            "document_date": date,
        }
        if report_date is not None and date > report_date:
            yield Issue(
                code="KL224-K205",
                pointer=child(pointer, "date"),
                related=("/meta/date",),
                params={**params, "report_date": report_date},
            )
        if issued_in_period and period is not None and not period.start <= date <= period.end:
            yield Issue(
                code="KL224-K206",
                pointer=child(pointer, "date"),
                related=("/meta/period/start", "/meta/period/end"),
                params={**params, "start": period.start, "end": period.end},
            )


def check_proposal_choice(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-K207: part C does not both list proposals and say it has none."""
    proposals = report.proposals
    if proposals.none_to_make and proposals.items:
        yield Issue(
            code="KL224-K207", pointer="/proposals/none_to_make", related=("/proposals/items",)
        )


CONSISTENCY_RULES = (
    check_headcounts,
    check_parts,
    check_ratio_wholes,
    check_document_dates,
    check_proposal_choice,
)
"""The consistency rules, in catalogue order."""
