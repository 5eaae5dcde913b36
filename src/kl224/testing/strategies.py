"""Hypothesis strategies for kl224 reports (install ``kl224[testing]``).

Reports: :func:`reports` (any report the model accepts), :func:`complete_reports` (validate
without a finding under the final policy) and :func:`incomplete_reports` (``(report,
expected)``, the exact findings). Parts: :func:`contexts`, :func:`leadership_works`,
:func:`task_results`, :func:`assessments`, :func:`proposals`, :func:`report_metas`. Values:
:func:`ratios`, :func:`headcounts`, :func:`money`, :func:`percents`, :func:`symbols`,
:func:`document_refs`, :func:`targets`, :func:`units`, :func:`extra_figures`,
:func:`paragraphs`, :func:`bullets`, :func:`narratives`, :func:`not_applicables`,
:func:`periods`, :func:`signers`. Text: :func:`hostile_text`, :func:`vietnamese_text`,
:func:`accepted_characters`.

Every strategy that writes free text takes ``text=`` a strategy of strings (default
:func:`vietnamese_text`), e.g. ``reports(text=hostile_text())``. Bad arguments raise
``hypothesis.errors.InvalidArgument`` when the strategy is created. docs/testing.md explains
each guarantee.
"""

from kl224.testing._parts import (
    assessments,
    contexts,
    leadership_works,
    proposals,
    task_results,
)
from kl224.testing._reports import (
    Expected,
    complete_reports,
    incomplete_reports,
    report_metas,
    reports,
)
from kl224.testing._text import (
    REFUSED_CHARACTERS,
    accepted_characters,
    hostile_text,
    vietnamese_text,
)
from kl224.testing._values import (
    MAX_DECIMAL,
    bullets,
    document_refs,
    extra_figures,
    headcounts,
    money,
    narratives,
    not_applicables,
    paragraphs,
    percents,
    periods,
    ratios,
    signers,
    symbols,
    targets,
    units,
)

__all__ = [
    "MAX_DECIMAL",
    "REFUSED_CHARACTERS",
    "Expected",
    "accepted_characters",
    "assessments",
    "bullets",
    "complete_reports",
    "contexts",
    "document_refs",
    "extra_figures",
    "headcounts",
    "hostile_text",
    "incomplete_reports",
    "leadership_works",
    "money",
    "narratives",
    "not_applicables",
    "paragraphs",
    "percents",
    "periods",
    "proposals",
    "ratios",
    "report_metas",
    "reports",
    "signers",
    "symbols",
    "targets",
    "task_results",
    "units",
    "vietnamese_text",
]
