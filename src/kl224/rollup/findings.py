"""What a roll-up reports about itself: findings with stable ``KL224-A5xx`` codes.

The findings are :class:`kl224.validation.Finding` values whose pointers point into the
aggregate report. Their codes are not in the validation catalogue (they describe how reports
were combined, not a report's own faults), so each finding carries its message in the language
the roll-up was asked for, and :func:`aggregate_message` gives it in the other; the messages
are in the one catalogue, :mod:`kl224.messages.rollup`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs

from kl224.messages import CodeText, Lang, ParamValue
from kl224.validation.findings import Finding, Severity

__all__ = [
    "AGGREGATE_CODES",
    "AggregateCode",
    "aggregate_message",
    "make_finding",
]


@attrs.frozen(kw_only=True)
class AggregateCode(CodeText):
    """One code of the roll-up: its severity; its message is in :mod:`kl224.messages.rollup`."""

    code: str
    severity: Severity



W, N = Severity.WARNING, Severity.INFO

_CODES: Final = (
    AggregateCode(code="KL224-A501", severity=W),
    AggregateCode(code="KL224-A502", severity=W),
    AggregateCode(code="KL224-A503", severity=W),
    AggregateCode(code="KL224-A504", severity=N),
    AggregateCode(code="KL224-A505", severity=W),
    AggregateCode(code="KL224-A506", severity=W),
    AggregateCode(code="KL224-A507", severity=W),
    AggregateCode(code="KL224-A508", severity=W),
    AggregateCode(code="KL224-A509", severity=W),
    AggregateCode(code="KL224-A510", severity=W),
    AggregateCode(code="KL224-A511", severity=N),
)

AGGREGATE_CODES: Final[Mapping[str, AggregateCode]] = {c.code: c for c in _CODES}
"""Every code a roll-up emits, in order."""


def aggregate_message(finding: Finding, lang: Lang = "vi") -> str:
    """The message of a roll-up finding in ``lang`` (any other finding keeps its own)."""
    spec = AGGREGATE_CODES.get(finding.code)
    if spec is None:
        return finding.message_in(lang)
    return spec.text.format(lang, finding.params)


def make_finding(
    code: str,
    pointer: str,
    params: Mapping[str, ParamValue],
    lang: Lang,
    related: tuple[str, ...] = (),
) -> Finding:
    """A roll-up finding of ``code`` at ``pointer`` with its message in ``lang``."""
    spec = AGGREGATE_CODES[code]
    finding = Finding(
        code=code, severity=spec.severity, pointer=pointer, related=related, params=params
    )
    return attrs.evolve(finding, message=aggregate_message(finding, lang))
