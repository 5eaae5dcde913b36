"""Metadata: the document's number and symbol, date, place, signer and recipients.

A final report must state its number, date, place, issuing body, signer (with a name) and
recipients: errors under the final policy, info under the draft one, where they are still
expected to be blank. A symbol that does not fit (not BC, or an issuer code that is not the
issuing body's) and a date that does not fit the period are warnings in a draft and errors in
a final report. The symbol is one string in the report's JSON form (``"BC/HU"``), so its
findings point at ``/meta/symbol``. The status written in the metadata never changes a
severity — the policy does — but a report marked final and checked as a draft gets a reminder,
and a report checked as final while still marked draft gets an error: it is not ready to send.
"""

from __future__ import annotations

from collections.abc import Iterator

from kl224.model.report import Report
from kl224.validation.context import RuleContext
from kl224.validation.findings import Issue

__all__ = [
    "METADATA_RULES",
    "check_dates",
    "check_required",
    "check_status",
    "check_symbol",
]

REPORT_TYPE = "BC"


def check_symbol(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-M301: the symbol's type is BC; KL224-M302: its issuer code is the issuing
    body's (Huyện ủy HU, Tỉnh ủy / Thành ủy / Thị ủy TU, Đảng ủy ĐU, or the context's own)."""
    meta = report.meta
    symbol = str(meta.symbol)
    if meta.symbol.doc_type != REPORT_TYPE:
        yield Issue(code="KL224-M301", pointer="/meta/symbol", params={"symbol": symbol})
    expected = context.issuer_code_for(meta.issuing_body)
    if expected is not None and meta.symbol.issuer != expected:
        yield Issue(
            code="KL224-M302",
            pointer="/meta/symbol",
            related=("/meta/issuing_body",),
            params={
                "symbol": symbol,
                "issuer": meta.symbol.issuer,
                "expected": expected,
                "issuing_body": meta.issuing_body,
            },
        )


def check_required(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-M303–M309: number, date, place, signer, signer's name, recipients and issuing
    body are stated."""
    meta = report.meta
    if meta.number is None:
        yield Issue(code="KL224-M303", pointer="/meta/number")
    if meta.date is None:
        yield Issue(code="KL224-M304", pointer="/meta/date")
    if not meta.place.strip():
        yield Issue(code="KL224-M305", pointer="/meta/place")
    if meta.signer is None:
        yield Issue(code="KL224-M306", pointer="/meta/signer")
    elif not meta.signer.name.strip():
        yield Issue(code="KL224-M307", pointer="/meta/signer/name")
    if not any(r.strip() for r in meta.recipients):
        yield Issue(code="KL224-M308", pointer="/meta/recipients")
    if not meta.issuing_body.strip():
        yield Issue(code="KL224-M309", pointer="/meta/issuing_body")


def check_dates(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-M310: the report is dated after its period starts; KL224-M311: the period does
    not start before the conclusion it reports on."""
    meta = report.meta
    period = meta.period
    if period is None:
        return
    if meta.date is not None and meta.date <= period.start:
        yield Issue(
            code="KL224-M310",
            pointer="/meta/date",
            related=("/meta/period/start",),
            params={"report_date": meta.date, "start": period.start},
        )
    conclusion_date = meta.conclusion.date
    if conclusion_date is not None and period.start < conclusion_date:
        yield Issue(
            code="KL224-M311",
            pointer="/meta/period/start",
            related=("/meta/conclusion/date",),
            params={"start": period.start, "conclusion_date": conclusion_date},
        )


def check_status(report: Report, context: RuleContext) -> Iterator[Issue]:
    """KL224-M312: a report marked final is checked under the final policy; KL224-M313: a
    report checked as final is no longer marked draft."""
    if report.meta.status == "final" and context.policy == "draft":
        yield Issue(code="KL224-M312", pointer="/meta/status")
    if report.meta.status == "draft" and context.policy == "final":
        yield Issue(code="KL224-M313", pointer="/meta/status")


METADATA_RULES = (check_symbol, check_required, check_dates, check_status)
"""The metadata rules, in catalogue order."""
