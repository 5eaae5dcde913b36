"""Running the rules: :func:`validate`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, get_args

import attrs

from kl224.model.report import Report
from kl224.validation.context import DEFAULT_ISSUER_CODES, Rule, RuleContext
from kl224.validation.findings import (
    Finding,
    Issue,
    Lang,
    Policy,
    ValidationResult,
)
from kl224.validation.messages import CODES, render_message
from kl224.validation.pointers import order_key
from kl224.validation.rules import DEFAULT_RULES
from kl224.validation.rules.completeness import measure

__all__ = ["INTERNAL_ERROR", "validate"]

INTERNAL_ERROR = "KL224-X901"
"""The code of the finding that stands for a rule that raised or yielded something invalid."""


def _rule_name(rule: Rule) -> str:
    module = getattr(rule, "__module__", "") or ""
    name = getattr(rule, "__qualname__", None) or repr(rule)
    return f"{module}.{name}" if module else name


def _internal(rule: Rule, error: str, lang: Lang, policy: Policy) -> Finding:
    params = {"rule": _rule_name(rule), "error": error}
    return Finding(
        code=INTERNAL_ERROR,
        severity=CODES[INTERNAL_ERROR].severity(policy),
        pointer="",
        params=params,
        message=render_message(INTERNAL_ERROR, params, lang),
    )


def _to_finding(issue: Issue, policy: Policy, lang: Lang) -> Finding:
    spec = CODES[issue.code]
    return Finding(
        code=issue.code,
        severity=spec.severity(policy),
        pointer=issue.pointer,
        related=issue.related,
        params=issue.params,
        message=render_message(issue.code, issue.params, lang),
    )


def _run(rule: Rule, report: Report, context: RuleContext, lang: Lang) -> Iterator[Finding]:
    # A rule that fails must not hide what the others found, nor crash a caller that checks
    # untrusted reports: its failure becomes an error finding. The rule's findings from before
    # the failure are dropped — they may be half of a check.
    found: list[Finding] = []
    try:
        for item in rule(report, context):
            if isinstance(item, Finding):
                found.append(item)
            elif isinstance(item, Issue) and item.code in CODES:
                found.append(_to_finding(item, context.policy, lang))
            else:
                what = item.code if isinstance(item, Issue) else type(item).__name__
                raise TypeError(f"yielded {what!r}, not an Issue with a catalogued code")
    except Exception as exc:
        yield _internal(rule, f"{type(exc).__name__}: {exc}", lang, context.policy)
        return
    yield from found


def _field_positions(report: Report, pointer: str) -> tuple[tuple[int, int, str], ...]:
    # Within an item, findings follow the model's field order (the outline's order of
    # topics), not the alphabet; a step that does not resolve sorts after, by name.
    current: Any = report
    out: list[tuple[int, int, str]] = []
    for step in pointer.split("/")[1:]:
        if isinstance(current, tuple) and step.isdigit() and int(step) < len(current):
            out.append((0, int(step), ""))
            current = current[int(step)]
        elif attrs.has(type(current)) and step in attrs.fields_dict(type(current)):
            names = [a.name for a in attrs.fields(type(current))]
            out.append((0, names.index(step), ""))
            current = getattr(current, step)
        else:
            out.append((1, 0, step))
            current = None
    return tuple(out)


def _sort_key(report: Report, finding: Finding) -> tuple[object, ...]:
    return (
        order_key(finding.pointer),
        finding.code,
        _field_positions(report, finding.pointer),
        finding.related,
    )


def validate(
    report: Report,
    *,
    policy: Policy = "draft",
    rules: Sequence[Rule] | None = None,
    lang: Lang = "vi",
    issuer_codes: Mapping[str, str] | None = None,
) -> ValidationResult:
    """Check ``report`` and measure its completeness; never changes it.

    ``policy`` decides what blocks: under ``"final"`` completeness gaps and missing metadata
    are errors, under ``"draft"`` warnings and info. ``rules`` replaces
    :data:`~kl224.validation.rules.DEFAULT_RULES` (add with ``(*DEFAULT_RULES, mine)``).
    Messages are in ``lang`` (Vietnamese by default). ``issuer_codes`` adds to or overrides
    the issuer codes expected for issuing bodies (``{"Ban Tuyên giáo Huyện ủy": "BTGHU"}``).

    A rule that raises does not propagate: it becomes a KL224-X901 error finding. Raises
    ValueError only for a ``policy`` or ``lang`` that does not exist.
    """
    if policy not in get_args(Policy):
        raise ValueError(f"policy must be 'draft' or 'final', not {policy!r}")
    if lang not in get_args(Lang):
        raise ValueError(f"lang must be 'vi' or 'en', not {lang!r}")
    codes = dict(DEFAULT_ISSUER_CODES)
    codes.update(issuer_codes or {})
    context = RuleContext(policy=policy, issuer_codes=codes)
    findings = [
        finding
        for rule in (DEFAULT_RULES if rules is None else rules)
        for finding in _run(rule, report, context, lang)
    ]
    findings.sort(key=lambda f: _sort_key(report, f))
    return ValidationResult(policy=policy, findings=tuple(findings), completeness=measure(report))
