"""Collecting the narrative of a report: every paragraph, bullet and listed sentence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

import attrs

from kl224.model.proposals import Proposal
from kl224.model.values import Bullet, Paragraph

__all__ = ["SYNTHESIS_MARK", "narrative_strings"]

SYNTHESIS_MARK: Final = "[Dự thảo tổng hợp]"
"""How the draft synthesis paragraph a roll-up writes under each item starts: the place the
provincial office writes its own synthesis. Validation flags any left (KL224-C114)."""

_LISTS = (
    "advantages",
    "difficulties",
    "challenges",
    "shortcomings",
    "internal_causes",
    "external_causes",
)


def _walk(obj: Any) -> Iterator[str]:
    if isinstance(obj, Paragraph):
        yield obj.text
    elif isinstance(obj, Bullet):
        yield obj.text
        yield from obj.sub
    elif isinstance(obj, Proposal):
        yield obj.text
    elif isinstance(obj, tuple):
        for value in obj:
            yield from _walk(value)
    elif attrs.has(type(obj)):
        for attribute in attrs.fields(type(obj)):
            value = getattr(obj, attribute.name)
            if attribute.name in _LISTS and isinstance(value, tuple):
                yield from value
            elif attribute.name == "narrative" or not isinstance(value, str):
                yield from _walk(value)


def narrative_strings(report: Any) -> tuple[str, ...]:
    """Every narrative string of a report (or of one part), in document order, blanks left out:
    paragraphs, bullets and sub-bullets, the listed advantages, difficulties, challenges,
    shortcomings and causes, and proposals. Every renderer prints each of them."""
    parts = (
        (report.context, report.leadership, report.tasks, report.assessment, report.proposals)
        if hasattr(report, "meta")
        else (report,)
    )
    return tuple(s for part in parts for s in _walk(part) if s.strip())
