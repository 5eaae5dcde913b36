"""Validation of a report: findings with stable codes, and completeness.

``validate(report, policy="final")`` runs the rules of :data:`DEFAULT_RULES` and returns a
:class:`ValidationResult`. docs/validation.md lists every code.
"""

from kl224.validation.context import DEFAULT_ISSUER_CODES, Rule, RuleContext
from kl224.validation.engine import INTERNAL_ERROR, validate
from kl224.validation.findings import (
    Completeness,
    Finding,
    Issue,
    Lang,
    PartCompleteness,
    Policy,
    Severity,
    ValidationResult,
)
from kl224.validation.messages import CODES, CodeSpec
from kl224.validation.rules import DEFAULT_RULES

__all__ = [
    "CODES",
    "DEFAULT_ISSUER_CODES",
    "DEFAULT_RULES",
    "INTERNAL_ERROR",
    "CodeSpec",
    "Completeness",
    "Finding",
    "Issue",
    "Lang",
    "PartCompleteness",
    "Policy",
    "Rule",
    "RuleContext",
    "Severity",
    "ValidationResult",
    "validate",
]
