"""The catalogue of finding codes: the area of each code and its severity under each policy.

The messages of the codes are in the one message catalogue, :mod:`kl224.messages.checks`
(filled from a finding's params with :meth:`str.format` syntax; numbers and dates in each
language's style). docs/validation.md lists every code; a test keeps the two in step.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal

import attrs

from kl224.messages import CodeText, Lang, ParamValue, format_param
from kl224.validation.findings import Policy, Severity

__all__ = ["CODES", "Area", "CodeSpec", "format_param", "render_message", "severity_of"]

Area = Literal[
    "completeness", "consistency", "metadata", "plausibility", "characters", "internal"
]

E, W, N = Severity.ERROR, Severity.WARNING, Severity.INFO


@attrs.frozen(kw_only=True)
class CodeSpec(CodeText):
    """One code: its area, its severity under each policy, and its message."""

    code: str
    area: Area
    draft: Severity
    final: Severity

    def severity(self, policy: Policy) -> Severity:
        """The severity under ``policy``."""
        return self.final if policy == "final" else self.draft



def _spec(code: str, area: Area, draft: Severity, final: Severity) -> CodeSpec:
    return CodeSpec(code=code, area=area, draft=draft, final=final)


_SPECS: Final = (
    _spec("KL224-C101", "completeness", W, E),
    _spec("KL224-C102", "completeness", W, E),
    _spec("KL224-C103", "completeness", W, E),
    _spec("KL224-C104", "completeness", W, E),
    _spec("KL224-C105", "completeness", W, E),
    _spec("KL224-C106", "completeness", W, E),
    _spec("KL224-C107", "completeness", W, E),
    _spec("KL224-C108", "completeness", W, E),
    _spec("KL224-C109", "completeness", W, E),
    _spec("KL224-C110", "completeness", W, E),
    _spec("KL224-C111", "completeness", W, E),
    _spec("KL224-C112", "completeness", W, E),
    _spec("KL224-C113", "completeness", W, E),
    _spec("KL224-C114", "completeness", N, E),
    _spec("KL224-C115", "completeness", E, E),
    _spec("KL224-K201", "consistency", E, E),
    _spec("KL224-K202", "consistency", E, E),
    _spec("KL224-K203", "consistency", E, E),
    _spec("KL224-K204", "consistency", E, E),
    _spec("KL224-K205", "consistency", E, E),
    _spec("KL224-K206", "consistency", E, E),
    _spec("KL224-K207", "consistency", E, E),
    _spec("KL224-M301", "metadata", W, E),
    _spec("KL224-M302", "metadata", W, E),
    _spec("KL224-M303", "metadata", N, E),
    _spec("KL224-M304", "metadata", N, E),
    _spec("KL224-M305", "metadata", N, E),
    _spec("KL224-M306", "metadata", N, E),
    _spec("KL224-M307", "metadata", N, E),
    _spec("KL224-M308", "metadata", N, E),
    _spec("KL224-M309", "metadata", N, E),
    _spec("KL224-M310", "metadata", W, E),
    _spec("KL224-M311", "metadata", W, W),
    _spec("KL224-M312", "metadata", N, N),
    _spec("KL224-M313", "metadata", N, E),
    _spec("KL224-P401", "plausibility", W, W),
    _spec("KL224-P402", "plausibility", W, W),
    _spec("KL224-P403", "plausibility", W, W),
    _spec("KL224-P404", "plausibility", W, W),
    _spec("KL224-P405", "plausibility", W, W),
    _spec("KL224-P406", "plausibility", W, W),
    # Characters: what the PDF could not print.
    _spec("KL224-G501", "characters", W, W),
    _spec("KL224-X901", "internal", E, E),
)

CODES: Final[Mapping[str, CodeSpec]] = {spec.code: spec for spec in _SPECS}
"""Every code kl224 emits, in catalogue order."""


def severity_of(code: str, policy: Policy) -> Severity:
    """The severity of ``code`` under ``policy``; KeyError for a code not in the catalogue."""
    return CODES[code].severity(policy)


def render_message(code: str, params: Mapping[str, ParamValue], lang: Lang) -> str:
    """The message of ``code`` in ``lang`` filled from ``params``."""
    return CODES[code].text.format(lang, params)
