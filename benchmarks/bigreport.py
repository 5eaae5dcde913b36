"""A report ``factor`` times the sample's size, for the scaling rows of the benchmark.

Every list of the report body is repeated ``factor`` times: each item's narrative, the listed
advantages, difficulties, challenges, shortcomings and causes, targets, cited documents, units
and proposals. Counts, ratios, headcounts and money stay as they are, so the figures still agree
with each other and with the district totals: the big report validates like the sample. The
metadata (header, signer, recipients), extra figures and the names of ethnic languages are not
repeated: they are not text that grows with a longer report.
"""

from __future__ import annotations

from typing import Any, Final

import attrs

import kl224
from kl224.model import Report

__all__ = ["big_report"]

# Tuples that are not report body: repeating them would only duplicate labels and names.
_KEEP: Final = frozenset({"extra_figures", "languages", "sub"})


def _grow(obj: Any, factor: int) -> Any:
    if not attrs.has(type(obj)):
        return obj
    changes: dict[str, Any] = {}
    for attribute in attrs.fields(type(obj)):
        value = getattr(obj, attribute.name)
        if isinstance(value, tuple):
            if attribute.name not in _KEEP and value:
                changes[attribute.name] = value * factor
        elif attrs.has(type(value)):
            grown = _grow(value, factor)
            if grown is not value:
                changes[attribute.name] = grown
    return attrs.evolve(obj, **changes) if changes else obj


def big_report(factor: int) -> Report:
    """The sample report with every body list repeated ``factor`` times (``factor`` >= 1).

    ``big_report(1)`` is the sample itself.
    """
    if isinstance(factor, bool) or not isinstance(factor, int) or factor < 1:
        raise ValueError(f"factor must be a whole number >= 1 (got {factor!r})")
    sample = kl224.sample_report()
    if factor == 1:
        return sample
    parts = ("context", "leadership", "tasks", "assessment", "proposals")
    grown = {name: _grow(getattr(sample, name), factor) for name in parts}
    return attrs.evolve(sample, **grown)
