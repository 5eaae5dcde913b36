"""What validation produces: findings, their severity, and the completeness of a report."""

from __future__ import annotations

import enum
import types
from collections.abc import Mapping
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Literal

import attrs

from kl224.messages import Lang, ParamValue

__all__ = [
    "Completeness",
    "Finding",
    "Issue",
    "Lang",
    "ParamValue",
    "PartCompleteness",
    "Policy",
    "Severity",
    "ValidationResult",
]

Policy = Literal["draft", "final"]
"""How strict validation is: ``final`` turns completeness gaps and missing metadata into errors."""


class Severity(enum.Enum):
    """How much a finding matters: only errors make a result not ``ok``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


def _freeze_params(value: Mapping[str, ParamValue]) -> Mapping[str, ParamValue]:
    return types.MappingProxyType(dict(value))


def _pointers(value: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Issue:
    """What a rule reports: a code of the catalogue, where, and the values its message shows.

    The engine turns it into a :class:`Finding`, taking the severity from the code and the
    policy and the message from the code's template. ``related`` points at the other side of
    a cross-field rule.
    """

    code: str
    pointer: str
    related: tuple[str, ...] = attrs.field(default=(), converter=_pointers)
    params: Mapping[str, ParamValue] = attrs.field(
        factory=dict, converter=_freeze_params, hash=False
    )


@attrs.frozen(kw_only=True)
class Finding:
    """A problem found in a report.

    ``code`` is stable and documented (``KL224-C102``), ``pointer`` is the RFC 6901 JSON
    Pointer of the offending value in the report's JSON form, ``related`` the pointers of the
    values it was compared with, ``params`` the values the message shows and ``message`` the
    text in the language validation was asked for.
    """

    code: str
    severity: Severity
    pointer: str
    related: tuple[str, ...] = attrs.field(default=(), converter=_pointers)
    params: Mapping[str, ParamValue] = attrs.field(
        factory=dict, converter=_freeze_params, hash=False
    )
    message: str = ""

    def message_in(self, lang: Lang) -> str:
        """The message in ``lang``, built from the code's template; a finding whose code is not
        in the catalogue (from a caller's own rule) keeps its own message."""
        from kl224.validation.messages import CODES, render_message

        if self.code not in CODES:
            return self.message
        return render_message(self.code, self.params, lang)


def _share(part: int, whole: int) -> Decimal | None:
    if whole == 0:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), ROUND_HALF_EVEN)


@attrs.frozen(kw_only=True)
class PartCompleteness:
    """How much of one part of the outline is filled in.

    ``items`` counts the outline items of the part and ``items_filled`` those with any content;
    ``figures`` counts the required figures (those of items the outline asks figures for, less
    those inside a part answered "not applicable") and ``figures_reported`` those given.
    """

    key: str
    title: str
    items: int
    items_filled: int
    figures: int
    figures_reported: int

    @property
    def items_share(self) -> Decimal | None:
        """Filled items over items (four decimals), None for a part without items."""
        return _share(self.items_filled, self.items)

    @property
    def figures_share(self) -> Decimal | None:
        """Reported over required figures (four decimals), None when none is required."""
        return _share(self.figures_reported, self.figures)

    @property
    def share(self) -> Decimal | None:
        """Items filled and figures reported over items and required figures together."""
        return _share(self.items_filled + self.figures_reported, self.items + self.figures)

    @property
    def complete(self) -> bool:
        """Whether every item is filled and every required figure reported."""
        return self.items_filled == self.items and self.figures_reported == self.figures


@attrs.frozen(kw_only=True)
class Completeness:
    """The completeness of a report, overall and for each part: A, B.I, each of B.II.1–10,
    B.III and C."""

    overall: PartCompleteness
    parts: tuple[PartCompleteness, ...]

    def part(self, key: str) -> PartCompleteness:
        """The part with ``key`` (``"B.II.3"``); KeyError names the known keys."""
        for part in self.parts:
            if part.key == key:
                return part
        known = ", ".join(p.key for p in self.parts)
        raise KeyError(f"no part {key!r}; known parts: {known}")


@attrs.frozen(kw_only=True)
class ValidationResult:
    """The outcome of :func:`kl224.validate`: the findings in a deterministic order (outline
    order of the pointer, then code) and the completeness of the report."""

    policy: Policy
    findings: tuple[Finding, ...]
    completeness: Completeness

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings and info do not block)."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity error."""
        return self.of(Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity warning."""
        return self.of(Severity.WARNING)

    @property
    def infos(self) -> tuple[Finding, ...]:
        """The findings of severity info."""
        return self.of(Severity.INFO)

    def of(self, severity: Severity) -> tuple[Finding, ...]:
        """The findings of one severity, in order."""
        return tuple(f for f in self.findings if f.severity is severity)

    @property
    def counts(self) -> dict[Severity, int]:
        """How many findings of each severity (every severity present, zero included)."""
        return {s: len(self.of(s)) for s in Severity}

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the findings, in order (handy in tests and logs)."""
        return tuple(f.code for f in self.findings)
